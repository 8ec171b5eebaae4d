<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
