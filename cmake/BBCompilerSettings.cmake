# Project-wide compiler settings, carried by an INTERFACE target that every
# first-party target links, so nothing leaks into third-party code.
add_library(bb_compile_options INTERFACE)
add_library(bb::compile_options ALIAS bb_compile_options)

target_compile_definitions(bb_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # Every connect() needs a context object, so a lambda never outlives its receiver.
    # Qt 6.4 does not know this macro yet (it arrived in 6.7); until then the
    # source-policy test in tests/ enforces the rule, and newer Qt enforces it here.
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BBVIEWER_VERSION_STRING="${PROJECT_VERSION}")

target_compile_options(bb_compile_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2)

if(BBVIEWER_WERROR)
    target_compile_options(bb_compile_options INTERFACE -Werror)
endif()

if(BBVIEWER_SANITIZE)
    set(_bb_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(bb_compile_options INTERFACE ${_bb_san})
    target_link_options(bb_compile_options INTERFACE ${_bb_san})
endif()

if(BBVIEWER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "BBVIEWER_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Project code is instrumented for coverage feedback; only fuzz executables link the driver.
    target_compile_options(bb_compile_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(bb_compile_options INTERFACE -fsanitize=address,undefined)
endif()
