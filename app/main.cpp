#include "commandline.h"
#include "core/appinfo.h"
#include "core/languages.h"
#include "mainwindow.h"

#include <QApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
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
