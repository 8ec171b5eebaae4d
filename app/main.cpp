#include "commandline.h"
#include "core/appinfo.h"
#include "core/languages.h"
#include "export/exportcommand.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// `bbviewer export ...` runs without a display: no QApplication, no platform plugin.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bb::initApplicationInfo();
    bb::installTranslators(app, bb::resolveLanguage({}));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return bb::exporting::runExportCommand(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return runHeadless(argc, argv);

    // WebEngine (the login window) shares OpenGL contexts; this must precede QApplication.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    bb::initApplicationInfo();

    const QString requested = bb::requestedLanguage(QCoreApplication::arguments());
    QString language = bb::resolveLanguage(requested);
    if (language.isEmpty()) {
        std::fprintf(stderr, "bbviewer: unsupported language \"%s\"; using English.\n",
            qPrintable(requested));
        language = u"en"_s;
    }
    bb::installTranslators(app, language);
    bb::processGuiCommandLine(QCoreApplication::arguments());

    bb::MainWindow window;
    window.show();
    return QApplication::exec();
}
