// The accessible web page export: semantic structure a screen reader navigates by (one
// heading per section, tables with captions and header cells), the language, print CSS, no
// script, and every text escaped.
#include "report/htmlreport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::report;

class TestReportHtml : public QObject
{
    Q_OBJECT

    static ReportDocument sample()
    {
        ReportDocument d;
        d.title = u"Claims"_s;
        d.runningHeader = u"Claims · Ana <Núñez>"_s;
        d.facts = {{u"Patient"_s, u"Ana <Núñez>"_s}, {u"Generated"_s, u"2 December 2026"_s}};
        TableBlock table;
        table.caption = u"Claims, newest first"_s;
        table.columns = {{u"From"_s}, {u"Provider"_s}, {u"Billed"_s, Qt::AlignRight, false}};
        table.rows = {{{u"3/10/2026"_s, u"Dr. A & B"_s, u"$120.00"_s}},
            {{u"3/1/2026"_s, u"<script>alert(1)</script>"_s, u"$5.00"_s}, 1}};
        table.totals = {u"Total"_s, QString(), u"$125.00"_s};
        table.footnote = u"2 without an amount"_s;
        FieldsBlock fields {u"Hospital stay"_s, {{u"Admitted"_s, u"3/1/2026"_s}}};
        TableBlock empty;
        empty.caption = u"Diagnoses"_s;
        empty.emptyText = u"No diagnoses"_s;
        d.blocks = {table, PageBreak {}, fields, empty, TextBlock {u"Totals cover 2 of 3"_s, true}};
        d.footer = u"From Medicare Blue Button data"_s;
        return d;
    }

private Q_SLOTS:
    void structure()
    {
        const QString html = QString::fromUtf8(toHtml(sample(), u"es"_s));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<html lang=\"es\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"<title>Claims · Ana &lt;Núñez&gt;</title>"_s));
        QCOMPARE(html.count(u"<h1>"_s), 1);
        QVERIFY(html.contains(u"<h1>Claims</h1>"_s));
        QVERIFY(html.contains(u"<h2>Hospital stay</h2>"_s));
        QVERIFY(html.contains(u"<h2>Diagnoses</h2>"_s));
        QVERIFY(html.contains(u"<p>No diagnoses</p>"_s));
        QVERIFY(html.contains(u"<caption>Claims, newest first</caption>"_s));
        QCOMPARE(html.count(u"<th scope=\"col\""_s), 3);
        // Each row is named by its first cell, the totals row too.
        QCOMPARE(html.count(u"<th scope=\"row\""_s), 3);
        QVERIFY(html.contains(u"<thead>"_s) && html.contains(u"<tfoot>"_s));
        QVERIFY(html.contains(u"<tr class=\"child\">"_s));
        QVERIFY(html.contains(u"<td class=\"number\">$120.00</td>"_s));
        QVERIFY(html.contains(u"<dt>Admitted</dt><dd>3/1/2026</dd>"_s));
        QVERIFY(html.contains(u"<dt>Patient</dt><dd>Ana &lt;Núñez&gt;</dd>"_s));
        QVERIFY(html.contains(u"<p class=\"emphasised\">Totals cover 2 of 3</p>"_s));
        QVERIFY(html.contains(u"class=\"page-break\""_s));
        QVERIFY(html.contains(u"<main>"_s) && html.contains(u"<footer>"_s));
        QVERIFY(html.contains(u"@media print"_s));
    }

    void noScriptAndNothingUnescaped()
    {
        const QString html = QString::fromUtf8(toHtml(sample(), u"en"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"Dr. A &amp; B"_s));
        // Self-contained: no link to anything outside the file.
        QVERIFY(!html.contains(u"http"_s));
        QVERIFY(!html.contains(u"<link"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_report_html.moc"
