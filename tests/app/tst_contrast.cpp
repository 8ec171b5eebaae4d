// WCAG 2.1 AA contrast of every palette the app draws with: the system's light and dark
// palettes as the app corrects them, and the built-in high contrast. Text 4.5:1, graphics
// (chart bars, the focus and selection colour) 3:1.
#include "fhir/claimtype.h"
#include "views/charttheme.h"
#include "views/contrast.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::views;

namespace {

// A dark desktop theme as Breeze Dark and Adwaita-dark ship it, placeholder text included.
QPalette darkSystemPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x14, 0x16, 0x18);
    const QColor text(0xfc, 0xfc, 0xfc);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0x29, 0x2c, 0x30));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xfc, 0xfc, 0xfc, 0x60));
    }
    return p;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

    // Every palette the app can show, as it shows it.
    static QList<std::pair<QString, QPalette>> palettes()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        return {
            {u"system light (Fusion)"_s, withReadableText(fusion->standardPalette())},
            {u"system dark"_s, withReadableText(darkSystemPalette())},
            {u"high contrast"_s, highContrastPalette()},
        };
    }

private Q_SLOTS:
    void ratiosAsWcagDefinesThem()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // The classic example: #767676 on white is the lightest grey that passes AA.
        QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        // Order does not matter.
        QCOMPARE(contrastRatio(QColor(0x00, 0x72, 0xB2), Qt::white),
            contrastRatio(Qt::white, QColor(0x00, 0x72, 0xB2)));
    }

    void textAndControls_data()
    {
        QTest::addColumn<QPalette>("palette");
        for (const auto &[name, palette] : palettes())
            QTest::newRow(qPrintable(name)) << palette;
    }

    void textAndControls()
    {
        QFETCH(QPalette, palette);
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const ColourPair &pair : paletteColourPairs()) {
                const double ratio = contrastRatio(
                    palette.color(group, pair.foreground), palette.color(group, pair.background));
                QVERIFY2(ratio >= pair.minimum,
                    qPrintable(u"%1: %2:1, needs %3:1"_s.arg(
                        pair.what, QString::number(ratio, 'f', 2), QString::number(pair.minimum))));
            }
        }
    }

    void chartColours_data() { textAndControls_data(); }

    void chartColours()
    {
        QFETCH(QPalette, palette);
        const QColor background = palette.color(QPalette::Base);
        QList<bb::fhir::ClaimType> types(
            bb::fhir::allClaimTypes.begin(), bb::fhir::allClaimTypes.end());
        types << bb::fhir::ClaimType::Unknown;
        QList<QColor> seen;
        for (const bb::fhir::ClaimType type : std::as_const(types)) {
            const QColor colour = claimTypeColor(type, palette);
            const double ratio = contrastRatio(colour, background);
            QVERIFY2(ratio >= graphicsContrast,
                qPrintable(u"%1 bars: %2 on %3 is %4:1"_s.arg(bb::fhir::claimTypeDisplayName(type),
                    colour.name(), background.name(), QString::number(ratio, 'f', 2))));
            // Each type keeps a colour of its own (the legend and table say which is which).
            QVERIFY(!seen.contains(colour));
            seen << colour;
        }
        QVERIFY(contrastRatio(accentColor(palette), background) >= graphicsContrast);
        // Axis labels and titles are text.
        QVERIFY(contrastRatio(palette.color(QPalette::Text), background) >= textContrast);
    }

    void correctionOnlyTouchesWhatFails()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const QPalette system = fusion->standardPalette();
        const QPalette readable = withReadableText(system);
        // Text on Base already passes: left as the system chose.
        QCOMPARE(readable.color(QPalette::Text), system.color(QPalette::Text));
        QCOMPARE(readable.color(QPalette::Base), system.color(QPalette::Base));
        // A faint placeholder on a dark theme becomes readable.
        const QPalette dark = withReadableText(darkSystemPalette());
        QVERIFY(contrastRatio(darkSystemPalette().color(QPalette::PlaceholderText),
                    darkSystemPalette().color(QPalette::Base))
            < textContrast);
        QVERIFY(contrastRatio(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base))
            >= textContrast);
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
