# Translations: every tr() string in lib/ and app/ goes into one catalogue per language.
# lupdate only sees a target's own sources by default, so the whole tree is listed here.
file(GLOB_RECURSE BB_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/lib/*.cpp" "${PROJECT_SOURCE_DIR}/lib/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")
list(SORT BB_TRANSLATABLE_SOURCES)

set(BB_LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines)
set(BB_TS_DIR "${PROJECT_SOURCE_DIR}/translations")

# Spanish: a full translation. `cmake --build build --target update_translations` refreshes it.
qt_add_translations(bb_core
    TS_FILES "${BB_TS_DIR}/bbviewer_es.ts"
    SOURCES ${BB_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/lib" "${PROJECT_SOURCE_DIR}/app"
    LUPDATE_OPTIONS ${BB_LUPDATE_OPTIONS})

# English is the source language; its catalogue only carries plural forms ("1 claim", "2 claims").
qt_add_lupdate(bb_core_source_language
    TS_FILES "${BB_TS_DIR}/bbviewer_en.ts"
    SOURCES ${BB_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/lib" "${PROJECT_SOURCE_DIR}/app"
    OPTIONS ${BB_LUPDATE_OPTIONS} -pluralonly)
set(_bb_en_qm "${CMAKE_CURRENT_BINARY_DIR}/bbviewer_en.qm")
add_custom_command(OUTPUT "${_bb_en_qm}"
    COMMAND Qt6::lrelease -silent "${BB_TS_DIR}/bbviewer_en.ts" -qm "${_bb_en_qm}"
    DEPENDS Qt6::lrelease "${BB_TS_DIR}/bbviewer_en.ts"
    VERBATIM)
qt_add_resources(bb_core bb_core_translations_en
    PREFIX /i18n
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES "${_bb_en_qm}")

# The completeness test re-runs lupdate over exactly these files.
string(REPLACE ";" "\n" _bb_lst "${BB_TRANSLATABLE_SOURCES}")
file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/translatable-sources.lst"
    CONTENT "-I${PROJECT_SOURCE_DIR}/lib\n-I${PROJECT_SOURCE_DIR}/app\n${_bb_lst}\n")
