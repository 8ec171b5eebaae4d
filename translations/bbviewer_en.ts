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
            <numerusform>Recent log (%n line)</numerusform>
            <numerusform>Recent log (%n lines)</numerusform>
        </translation>
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
        <source>Totals cover %Ln claim(s) of an unknown number</source>
        <translation>
            <numerusform>Totals cover %Ln claim of an unknown number</numerusform>
            <numerusform>Totals cover %Ln claims of an unknown number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::DataNotes</name>
    <message numerus="yes">
        <source>(more than the %Ln day(s) of the stay, as Medicare sent it)</source>
        <extracomment>After the days Medicare covered when they are more than the stay lasted.</extracomment>
        <translation>
            <numerusform>(more than the %Ln day of the stay, as Medicare sent it)</numerusform>
            <numerusform>(more than the %Ln days of the stay, as Medicare sent it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::DrugsModel</name>
    <message numerus="yes">
        <source>%Ln pharmacies</source>
        <translation>
            <numerusform>%Ln pharmacy</numerusform>
            <numerusform>%Ln pharmacies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::EmptyListText</name>
    <message numerus="yes">
        <source>None of your %Ln claim(s) match the filters.</source>
        <extracomment>Empty claims list: filters left nothing; %Ln is how many claims there are in all.</extracomment>
        <translation>
            <numerusform>Your %Ln claim does not match the filters.</numerusform>
            <numerusform>None of your %Ln claims match the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of your %Ln prescription fill(s) match the filters.</source>
        <extracomment>Empty Drugs tab: the filters leave no prescription; %Ln is how many there are in all.</extracomment>
        <translation>
            <numerusform>Your %Ln prescription fill does not match the filters.</numerusform>
            <numerusform>None of your %Ln prescription fills match the filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::report</name>
    <message numerus="yes">
        <source>Totals add up the amounts shown; %Ln row(s) have no amount in one or more columns.</source>
        <translation>
            <numerusform>Totals add up the amounts shown; %Ln row has no amount in one or more columns.</numerusform>
            <numerusform>Totals add up the amounts shown; %Ln rows have no amount in one or more columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::ClaimDetailView</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>Length of a hospital stay.</extracomment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::DrugsView</name>
    <message numerus="yes">
        <source>%Ln drug(s)</source>
        <translation>
            <numerusform>%Ln drug</numerusform>
            <numerusform>%Ln drugs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fill(s)</source>
        <extracomment>Drugs tab footer: prescription fills shown.</extracomment>
        <translation>
            <numerusform>%Ln fill</numerusform>
            <numerusform>%Ln fills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::MoneyText</name>
    <message numerus="yes">
        <source>(%Ln without an amount)</source>
        <extracomment>After a footer sum: how many shown claims had no such amount and are not in it.</extracomment>
        <translation>
            <numerusform>(%Ln without an amount)</numerusform>
            <numerusform>(%Ln without an amount)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) shown</source>
        <extracomment>Footer of the claims list: how many claims the filters leave shown.</extracomment>
        <translation>
            <numerusform>%Ln claim shown</numerusform>
            <numerusform>%Ln claims shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::OverviewView</name>
    <message numerus="yes">
        <source>All %Ln claim(s) loaded</source>
        <extracomment>Overview: how many claims the figures cover when the sync is complete.</extracomment>
        <translation>
            <numerusform>%Ln claim loaded</numerusform>
            <numerusform>All %Ln claims loaded</numerusform>
        </translation>
    </message>
</context>
</TS>
