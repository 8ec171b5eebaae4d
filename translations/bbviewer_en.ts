<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bb::MainWindow</name>
    <message numerus="yes">
        <source>Up to date: %Ln claim(s).</source>
        <translation>
            <numerusform>Up to date: %Ln claim.</numerusform>
            <numerusform>Up to date: %Ln claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::SyncStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s) loaded</source>
        <translation>
            <numerusform>%Ln claim loaded</numerusform>
            <numerusform>%Ln claims loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) loaded, some are missing</source>
        <translation>
            <numerusform>%Ln claim loaded, some are missing</numerusform>
            <numerusform>%Ln claims loaded, some are missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::account::Diagnostics</name>
    <message numerus="yes">
        <source>Recent log (%n line(s))</source>
        <translation>
            <numerusform>Recent log (%n line)</numerusform><numerusform>Recent log (%n lines)</numerusform></translation>
    </message>
</context>
<context>
    <name>bb::account::Sync</name>
    <message numerus="yes">
        <source>Blue Button asked this app to slow down. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Blue Button asked this app to slow down. Trying again in %n second…</numerusform>
            <numerusform>Blue Button asked this app to slow down. Trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::auth::LoopbackBrowserDriver</name>
    <message numerus="yes">
        <source>The login in the web browser was not finished within %n minute(s). Start it again from Blue Button Viewer.</source>
        <translation>
            <numerusform>The login in the web browser was not finished within %n minute. Start it again from Blue Button Viewer.</numerusform>
            <numerusform>The login in the web browser was not finished within %n minutes. Start it again from Blue Button Viewer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::ClaimListModel</name>
    <message numerus="yes">
        <source>Totals cover %n claim(s) of an unknown number</source>
        <translation>
            <numerusform>Totals cover %n claim of an unknown number</numerusform>
            <numerusform>Totals cover %n claims of an unknown number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::DrugsModel</name>
    <message numerus="yes">
        <source>%n pharmacies</source>
        <translation>
            <numerusform>%n pharmacy</numerusform>
            <numerusform>%n pharmacies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::report</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals add up the amounts shown; %n row(s) have no amount in one or more columns.</source>
        <translation>
            <numerusform>Totals add up the amounts shown; %n row has no amount in one or more columns.</numerusform>
            <numerusform>Totals add up the amounts shown; %n rows have no amount in one or more columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::ClaimDetailView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>Length of a hospital stay.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::DrugsView</name>
    <message numerus="yes">
        <source>%n drug(s)</source>
        <translation>
            <numerusform>%n drug</numerusform>
            <numerusform>%n drugs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fill(s)</source>
        <extracomment>Drugs tab footer: prescription fills shown.</extracomment>
        <translation>
            <numerusform>%n fill</numerusform>
            <numerusform>%n fills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::MoneyText</name>
    <message numerus="yes">
        <source>(%n without an amount)</source>
        <extracomment>After a footer sum: how many shown claims had no such amount and are not in it.</extracomment>
        <translation>
            <numerusform>(%n without an amount)</numerusform>
            <numerusform>(%n without an amount)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shown</source>
        <extracomment>Footer of the claims list: how many claims the filters leave shown.</extracomment>
        <translation>
            <numerusform>%n claim shown</numerusform>
            <numerusform>%n claims shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::OverviewView</name>
    <message numerus="yes">
        <source>All %n claim(s) loaded</source>
        <extracomment>Overview: how many claims the figures cover when the sync is complete.</extracomment>
        <translation>
            <numerusform>%n claim loaded</numerusform>
            <numerusform>All %n claims loaded</numerusform>
        </translation>
    </message>
</context>
</TS>
