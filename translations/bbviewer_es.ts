<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>bb::CommandLine</name>
    <message>
        <source>View and export your Medicare claims from the CMS Blue Button 2.0 API.
Run &quot;%1 export --help&quot; for exporting without a window.</source>
        <translation>Vea y exporte sus reclamaciones de Medicare desde la API Blue Button 2.0 de CMS.
Ejecute &quot;%1 export --help&quot; para exportar sin ventana.</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: %1 (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Blue Button Viewer</source>
        <translation>Visor de Blue Button</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Connect to Medicare to see a summary of your claims.</source>
        <translation>Conéctese a Medicare para ver un resumen de sus reclamaciones.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Your personal information appears here once you connect.</source>
        <translation>Su información personal aparece aquí cuando se conecte.</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Your Medicare Part A, B, C and D coverage appears here.</source>
        <translation>Su cobertura de Medicare Partes A, B, C y D aparece aquí.</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>Co&amp;bertura</translation>
    </message>
    <message>
        <source>Your Medicare claims appear here, newest first.</source>
        <translation>Sus reclamaciones de Medicare aparecen aquí, las más recientes primero.</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>Re&amp;clamaciones</translation>
    </message>
    <message>
        <source>Your prescription drug history appears here.</source>
        <translation>Su historial de medicamentos recetados aparece aquí.</translation>
    </message>
    <message>
        <source>&amp;Drugs</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Blue Button Viewer</source>
        <translation>&amp;Acerca del Visor de Blue Button</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Blue Button Viewer</source>
        <translation>Acerca del Visor de Blue Button</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blue Button Viewer %1&lt;/h3&gt;&lt;p&gt;View, search and export your Medicare claims, coverage and prescription history from the CMS Blue Button 2.0 API.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. Sign-in secrets are kept in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Visor de Blue Button %1&lt;/h3&gt;&lt;p&gt;Vea, busque y exporte sus reclamaciones, su cobertura y su historial de medicamentos recetados de Medicare desde la API Blue Button 2.0 de CMS.&lt;/p&gt;&lt;p&gt;Sus datos se quedan en esta computadora. Los secretos de inicio de sesión se guardan en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
