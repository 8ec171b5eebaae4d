#include "appcontroller.h"
#include "auth/fallbacksecretstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/redaction.h"
#include "cli/exportcommand.h"
#include "cli/exportoptions.h"
#include "core/appinfo.h"
#include "core/commandline.h"
#include "core/languages.h"
#include "core/recentlog.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "uisettings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// `bbviewer export ...` runs without a display: no QApplication, no platform plugin. It may
// still talk to a server (QtNetwork needs only a QCoreApplication). A PDF needs fonts, hence
// a QGuiApplication, on the offscreen platform so that it never looks for a display either.
int runHeadless(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (bb::cli::asksForPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    bb::initApplicationInfo();
    // The command's contract is one line on stderr when something fails: the libraries'
    // progress notes stay quiet unless asked for (QT_LOGGING_RULES takes precedence).
    QLoggingCategory::setFilterRules(u"bb.*.info=false"_s);
    bb::useLanguage(*app, bb::resolveLanguage({}));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return bb::cli::runExportCommand(QCoreApplication::arguments(), out, err);
}

// --lang wins over the language chosen in the settings, which wins over the system's.
QString chooseLanguage(QSettings &settings)
{
    QString requested = bb::requestedLanguage(QCoreApplication::arguments());
    if (requested.isEmpty())
        requested = bb::UiSettings(settings).language();
    QString language = bb::resolveLanguage(requested);
    if (language.isEmpty()) {
        std::fprintf(stderr, "bbviewer: unsupported language \"%s\"; using English.\n",
            qPrintable(requested));
        language = u"en"_s;
    }
    return language;
}

// --help, --version and a wrong option are answered without a GUI application, hence
// without a display: they work over ssh and in scripts, as any command's do.
int answerOnTerminal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bb::initApplicationInfo();
    QSettings settings;
    bb::useLanguage(app, chooseLanguage(settings));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return bb::answerOnTerminal(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can log: tokens, codes and secrets are masked in every message. The
    // recent log (Help → Diagnostics) goes first so that it receives messages already masked.
    bb::installRecentLog();
    bb::auth::installRedactingMessageHandler();

    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return runHeadless(argc, argv);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (bb::answersOnTerminal(arguments))
        return answerOnTerminal(argc, argv);

    // Qt WebEngine 6.4 keeps the page's accessibility tree (Chromium's) from screen readers on
    // Linux unless this is set; without it the Medicare login is one empty document to Orca.
    // Chromium builds the tree only while an assistive technology is listening, so it costs
    // nothing otherwise. Later Qt versions turn it on by default.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    // WebEngine (the login window) shares OpenGL contexts; this must precede QApplication.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    bb::initApplicationInfo();
    // Ties the windows to the installed desktop entry (its icon and name in docks, Wayland).
    QGuiApplication::setDesktopFileName(bb::applicationId());
    // A second launch brings the running window forward and ends here.
    bb::SingleInstance instance;
    if (!instance.claim())
        return 0;
    QSettings settings;

    const QString language = chooseLanguage(settings);
    bb::useLanguage(app, language);
    const bb::GuiOptions options = bb::guiOptions(QCoreApplication::arguments());

    auto *store =
        new bb::auth::FallbackSecretStore(std::make_unique<bb::auth::KeychainSecretStore>());
    bb::AppController controller(settings, store);
    controller.setUiLanguage(language);
    controller.setStoreDirectory(bb::AppController::defaultStoreDirectory());
    // Ask the keychain now, so a missing one is known before the first login.
    store->probe(&controller, [](bool) {});

    bb::MainWindow window(&controller);
    QObject::connect(&instance, &bb::SingleInstance::activationRequested, &window,
        &bb::MainWindow::bringToFront);
    window.show();
    if (!options.demoUser.isEmpty())
        controller.signInAsDemo(options.demoUser); // no login page, for demos and checks
    else
        controller.resumeStoredSignIn(); // straight back to the data the keychain kept

    return QApplication::exec();
}
