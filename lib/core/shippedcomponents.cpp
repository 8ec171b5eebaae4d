#include "core/shippedcomponents.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

// The texts are marked for lupdate where they stand and translated here, when asked for.
QString purpose(const char *text)
{
    return QCoreApplication::translate("bb::ShippedComponents", text);
}

} // namespace

QList<ShippedComponent> shippedComponents()
{
    const QString gpl = u":/bbviewer/licenses/GPL-3.0.txt"_s;
    const QString lgpl = u":/bbviewer/licenses/LGPL-3.0.txt"_s;
    return {
        {u"Blue Button Viewer"_s,
            purpose(QT_TRANSLATE_NOOP("bb::ShippedComponents", "This program.")),
            u"The bbviewer contributors"_s, u"GPL-3.0-or-later"_s, u"https://bluebutton.cms.gov/"_s,
            {gpl}},
        {u"Qt 6"_s,
            purpose(QT_TRANSLATE_NOOP("bb::ShippedComponents",
                "Windows, text, printing, networking, the login browser (Qt WebEngine, "
                "with Chromium) and secure sign-in (Qt Network Authorization).")),
            u"The Qt Company Ltd. and other contributors"_s, u"LGPL-3.0-only"_s,
            u"https://www.qt.io/"_s, {lgpl, gpl}},
        {u"Qt Charts"_s,
            purpose(QT_TRANSLATE_NOOP("bb::ShippedComponents", "The charts of the Overview.")),
            u"The Qt Company Ltd."_s, u"GPL-3.0-only"_s, u"https://www.qt.io/"_s, {gpl}},
        {u"Qt HTTP Server"_s,
            purpose(QT_TRANSLATE_NOOP(
                "bb::ShippedComponents", "The built-in demo server with synthetic data.")),
            u"The Qt Company Ltd. and other contributors"_s, u"GPL-3.0-only"_s,
            u"https://www.qt.io/"_s, {gpl}},
        {u"simdjson"_s,
            purpose(QT_TRANSLATE_NOOP("bb::ShippedComponents", "Reading Medicare's data quickly.")),
            u"Daniel Lemire and the simdjson authors"_s, u"Apache-2.0"_s,
            u"https://simdjson.org/"_s, {u":/bbviewer/licenses/Apache-2.0.txt"_s}},
        {u"QtKeychain"_s,
            purpose(QT_TRANSLATE_NOOP(
                "bb::ShippedComponents", "Keeping sign-in secrets in the system keychain.")),
            u"Frank Osterfeld, Mathias Hasselmann, François Revol"_s, u"BSD-2-Clause"_s,
            u"https://github.com/frankosterfeld/qtkeychain"_s,
            {u":/bbviewer/licenses/QtKeychain-BSD-2-Clause.txt"_s}},
        {u"libsodium"_s,
            purpose(QT_TRANSLATE_NOOP(
                "bb::ShippedComponents", "Encrypting the data kept on this computer.")),
            u"Frank Denis"_s, u"ISC"_s, u"https://libsodium.org/"_s,
            {u":/bbviewer/licenses/libsodium-ISC.txt"_s}},
        {u"Zstandard"_s,
            purpose(QT_TRANSLATE_NOOP(
                "bb::ShippedComponents", "Compressing the data kept on this computer.")),
            u"Meta Platforms, Inc. and affiliates"_s, u"BSD-3-Clause"_s,
            u"https://facebook.github.io/zstd/"_s,
            {u":/bbviewer/licenses/zstd-BSD-3-Clause.txt"_s}},
        {u"zlib"_s,
            purpose(QT_TRANSLATE_NOOP(
                "bb::ShippedComponents", "Compressing Medicare's data as received.")),
            u"Jean-loup Gailly and Mark Adler"_s, u"Zlib"_s, u"https://zlib.net/"_s,
            {u":/bbviewer/licenses/zlib-Zlib.txt"_s}},
        {u"CMS Blue Button data"_s,
            purpose(QT_TRANSLATE_NOOP("bb::ShippedComponents",
                "The shape of the demo data: Blue Button responses published by the "
                "Centers for Medicare & Medicaid Services (CMSgov/beneficiary-fhir-data).")),
            u"Centers for Medicare & Medicaid Services (public domain dedication)"_s, u"CC0-1.0"_s,
            u"https://github.com/CMSgov/beneficiary-fhir-data"_s,
            {u":/bbviewer/licenses/CC0-1.0.txt"_s}},
    };
}

QString licenceText(const ShippedComponent &component)
{
    QStringList parts;
    for (const QString &path : component.texts) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            parts << QString::fromUtf8(file.readAll());
    }
    return parts.join(u"\n\n"_s);
}

} // namespace bb
