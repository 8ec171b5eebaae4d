#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// One piece of software or data that an installed bbviewer consists of or links, with the
// licence it comes under. Help → About lists these, the package's copyright file names the
// same licences, and a test keeps the two in step: a library added to the build is added
// here, with its licence text in resources/licenses/.
struct ShippedComponent
{
    QString name;
    // What bbviewer uses it for, translated.
    QString purpose;
    QString copyright;
    // SPDX identifier.
    QString licence;
    QString url;
    // The full licence texts, as resource paths (the LGPL comes with the GPL it amends).
    QStringList texts;
};

QList<ShippedComponent> shippedComponents();

// The full text of the component's licence, the texts one after another.
QString licenceText(const ShippedComponent &component);

} // namespace bb
