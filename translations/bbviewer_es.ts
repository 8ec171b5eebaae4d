<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>bb::AboutDialog</name>
    <message>
        <source>About Blue Button Viewer</source>
        <translation>Acerca del Visor de Blue Button</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Blue Button Viewer %1&lt;/h2&gt;&lt;p&gt;View, search and export your Medicare claims, coverage and prescription history from the CMS Blue Button 2.0 API.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. Sign-in secrets are kept in your system keychain.&lt;/p&gt;&lt;p&gt;Version: %1&lt;br&gt;Build date: %2&lt;br&gt;Qt version: %3&lt;/p&gt;&lt;p&gt;Blue Button Viewer is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. The Licences tab lists everything it contains, each with its licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Visor de Blue Button %1&lt;/h2&gt;&lt;p&gt;Vea, busque y exporte sus reclamaciones, su cobertura y su historial de recetas de Medicare desde la API Blue Button 2.0 de CMS.&lt;/p&gt;&lt;p&gt;Sus datos se quedan en esta computadora. Los secretos de inicio de sesión se guardan en el llavero de su sistema.&lt;/p&gt;&lt;p&gt;Versión: %1&lt;br&gt;Fecha de compilación: %2&lt;br&gt;Versión de Qt: %3&lt;/p&gt;&lt;p&gt;Visor de Blue Button es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece SIN NINGUNA GARANTÍA. La pestaña Licencias enumera todo lo que contiene, cada cosa con su licencia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Blue Button Viewer uses the following software and data. Choose one to read its licence in full.</source>
        <translation>Visor de Blue Button usa el siguiente software y los siguientes datos. Elija uno para leer su licencia completa.</translation>
    </message>
    <message>
        <source>Software and data</source>
        <translation>Software y datos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Copyright: %3&lt;br&gt;Licence: %4&lt;br&gt;&lt;a href="%5"&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Copyright: %3&lt;br&gt;Licencia: %4&lt;br&gt;&lt;a href="%5"&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bb::AppController</name>
    <message>
        <source>The demo server could not be started on this computer.</source>
        <translation>No se pudo iniciar el servidor de demostración en esta computadora.</translation>
    </message>
    <message>
        <source>You are connected to %1.</source>
        <translation>Está conectado a %1.</translation>
    </message>
    <message>
        <source>The login was cancelled. Nothing was shared.</source>
        <translation>Se canceló el inicio de sesión. No se compartió nada.</translation>
    </message>
    <message>
        <source>Your Medicare connection to %1 has ended. Log in again to continue.</source>
        <translation>Su conexión de Medicare con %1 ha terminado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Could not reconnect to %1 (%2). Check your internet connection, then log in again.</source>
        <translation>No se pudo volver a conectar con %1 (%2). Compruebe su conexión a internet y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your data as of %1.</source>
        <translation>Sus datos al %1.</translation>
    </message>
    <message>
        <source>Your Medicare connection has ended. What you see is kept on this computer; reconnect to get new claims.</source>
        <translation>Su conexión con Medicare terminó. Lo que ve se guarda en esta computadora; vuelva a conectarse para obtener reclamaciones nuevas.</translation>
    </message>
    <message>
        <source>Offline: your data as of %1.</source>
        <translation>Sin conexión: sus datos al %1.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Your data as of %3 is shown.</source>
        <translation>No se pudo conectar con %1 (%2). Se muestran sus datos al %3.</translation>
    </message>
    <message>
        <source>Your data as of %1. Checking for new claims…</source>
        <translation>Sus datos al %1. Buscando reclamaciones nuevas…</translation>
    </message>
    <message>
        <source>Checking for new claims…</source>
        <translation>Buscando reclamaciones nuevas…</translation>
    </message>
    <message>
        <source>Showing your data as of %1.</source>
        <translation>Se muestran sus datos al %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>bb::AppInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
</context>
<context>
    <name>bb::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dismiss the problem message</source>
        <translation>Descartar el mensaje del problema</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Retry missing pages</source>
        <translation>&amp;Reintentar las páginas que faltan</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Volver a conectar</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>Abrir la &amp;configuración</translation>
    </message>
</context>
<context>
    <name>bb::CommandLine</name>
    <message>
        <source>View and export your Medicare claims from the CMS Blue Button 2.0 API.
Run "%1 export --help" for exporting without a window.</source>
        <translation>Vea y exporte sus reclamaciones de Medicare desde la API Blue Button 2.0 de CMS.
Ejecute "%1 export --help" para exportar sin ventana.</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system's).</source>
        <translation>Idioma de la interfaz: %1 (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Start signed in to the built-in demo sandbox as this demo person, e.g. BBUser00000, without the login page.</source>
        <translation>Empezar con la sesión iniciada en el entorno de demostración integrado como esta persona de demostración, p. ej. BBUser00000, sin la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>--demo needs a demo person of the built-in sandbox, BBUser and five digits (e.g. BBUser00000), not "%1".</source>
        <translation>--demo necesita una persona de demostración del entorno integrado, BBUser y cinco cifras (p. ej. BBUser00000), no "%1".</translation>
    </message>
</context>
<context>
    <name>bb::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>If you ask for help with Blue Button Viewer, copy this and paste it into your message. It holds no passwords, sign-in codes or Medicare numbers.</source>
        <translation>Si pide ayuda con Visor de Blue Button, copie esto y péguelo en su mensaje. No contiene contraseñas, códigos de inicio de sesión ni números de Medicare.</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>The built-in demo server is not running (it starts with the demo).</source>
        <translation>El servidor de demostración integrado no está en marcha (se inicia con la demostración).</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>No server chosen.</source>
        <translation>No se ha elegido un servidor.</translation>
    </message>
    <message>
        <source>Connected, loading</source>
        <translation>Conectado, cargando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Not connected; showing the data kept on this computer</source>
        <translation>Sin conexión; se muestran los datos guardados en esta computadora</translation>
    </message>
    <message>
        <source>The system keychain keeps the sign-in.</source>
        <translation>El llavero del sistema guarda el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in is kept in memory only.</source>
        <translation>El inicio de sesión se guarda solo en la memoria.</translation>
    </message>
</context>
<context>
    <name>bb::ExportActions</name>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Claim as PDF…</source>
        <translation>Exportar re&amp;clamación como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print C&amp;laim…</source>
        <translation>Imprimir recla&amp;mación…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Show Full &amp;Medicare Number in PDFs and Prints</source>
        <translation>Mostrar el número de &amp;Medicare completo en PDF e impresiones</translation>
    </message>
    <message>
        <source>Off: reports show only the last characters of your Medicare number, like the Patient tab.</source>
        <translation>Desactivado: los informes muestran solo los últimos caracteres de su número de Medicare, como la pestaña Paciente.</translation>
    </message>
    <message>
        <source>This tab has no table to export. Choose Claims, Drugs, Patient or Coverage.</source>
        <translation>Esta pestaña no tiene ninguna tabla que exportar. Elija Reclamaciones, Medicamentos, Paciente o Cobertura.</translation>
    </message>
    <message>
        <source>Nothing to report yet: log in first.</source>
        <translation>Todavía no hay nada que informar: inicie sesión primero.</translation>
    </message>
    <message>
        <source>This tab has no report. Choose Claims, Drugs, Patient or Coverage.</source>
        <translation>Esta pestaña no tiene informe. Elija Reclamaciones, Medicamentos, Paciente o Cobertura.</translation>
    </message>
    <message>
        <source>Open a claim in the Claims tab first.</source>
        <translation>Abra primero una reclamación en la pestaña Reclamaciones.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Export Claim as PDF</source>
        <translation>Exportar reclamación como PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Another export is still running. Wait for it to finish or cancel it.</source>
        <translation>Todavía hay otra exportación en curso. Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved</source>
        <translation>Cancelado: no se guardó nada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>No se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <source>Export All Data as &amp;FHIR JSON…</source>
        <translation>Exportar todos los datos como JSON &amp;FHIR…</translation>
    </message>
    <message>
        <source>Your patient record, coverage and claims exactly as Medicare sent them, in one FHIR Bundle</source>
        <translation>Su registro de paciente, su cobertura y sus reclamaciones tal como Medicare los envió, en un único Bundle FHIR</translation>
    </message>
    <message>
        <source>Export All Data as FHIR JSON</source>
        <translation>Exportar todos los datos como JSON FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>Archivos JSON FHIR (*.json)</translation>
    </message>
    <message>
        <source>Your data is still being received. Try again in a moment.</source>
        <translation>Todavía se están recibiendo sus datos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation>Todavía no hay datos que exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Impresión cancelada</translation>
    </message>
    <message>
        <source>Summary for a &amp;Doctor Visit…</source>
        <translation>&amp;Resumen para una visita al médico…</translation>
    </message>
    <message>
        <source>One to three pages to take to a doctor: your coverage, diagnoses, prescriptions, providers and hospital stays from Medicare claims</source>
        <translation>De una a tres páginas para llevar al médico: su cobertura, diagnósticos, recetas, proveedores y estancias en el hospital según las reclamaciones de Medicare</translation>
    </message>
    <message>
        <source>Nothing to summarize yet: log in first.</source>
        <translation>Todavía no hay nada que resumir: inicie sesión primero.</translation>
    </message>
    <message>
        <source>Summary for a Doctor Visit</source>
        <translation>Resumen para una visita al médico</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file, or print it?</source>
        <translation>¿Guardar el resumen como archivo PDF o imprimirlo?</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>visit-summary</source>
        <translation>resumen-visita</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page (HTML)…</source>
        <translation>Exportar como página &amp;web (HTML)…</translation>
    </message>
    <message>
        <source>The report as a web page: reads best with a screen reader</source>
        <translation>El informe como página web: es lo que mejor lee un lector de pantalla</translation>
    </message>
    <message>
        <source>Export Claim as Web Pa&amp;ge (HTML)…</source>
        <translation>Exportar reclamación como pá&amp;gina web (HTML)…</translation>
    </message>
    <message>
        <source>Export as Web Page (HTML)</source>
        <translation>Exportar como página web (HTML)</translation>
    </message>
    <message>
        <source>Export Claim as Web Page (HTML)</source>
        <translation>Exportar reclamación como página web (HTML)</translation>
    </message>
    <message>
        <source>Web page (HTML), works best with screen readers (*.html *.htm)</source>
        <translation>Página web (HTML), funciona mejor con lectores de pantalla (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>bb::FieldHelp</name>
    <message>
        <source>What's this?</source>
        <extracomment>Title of the Help panel that F1 opens on the focused field.</extracomment>
        <translation>¿Qué es esto?</translation>
    </message>
    <message>
        <source>Move to a field or a column, then press F1 to read what it means. Column titles explain themselves when you point at them.</source>
        <translation>Vaya a un campo o a una columna y pulse F1 para leer qué significa. Los títulos de las columnas se explican al señalarlos.</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Detener la carga</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>The Medicare login is open. Log in there to continue.</source>
        <translation>El inicio de sesión de Medicare está abierto. Inicie sesión allí para continuar.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>Sesión iniciada en %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %Ln claim(s).</source>
        <translation>
            <numerusform>Al día: %Ln reclamación.</numerusform>
            <numerusform>Al día: %Ln reclamaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. You can connect now.</source>
        <translation>Configuración guardada. Ya puede conectarse.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Volviendo a conectar con %1…</translation>
    </message>
    <message>
        <source>Get what changed since the last time</source>
        <translation>Obtener lo que cambió desde la última vez</translation>
    </message>
    <message>
        <source>Refresh Ever&amp;ything</source>
        <translation>Actualizar &amp;todo</translation>
    </message>
    <message>
        <source>Download all your data again</source>
        <translation>Descargar de nuevo todos sus datos</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>%1 — Blue Button Viewer</source>
        <translation>%1 — Visor de Blue Button</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Accessible name of the welcome screen's scrolling page.</extracomment>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>bb::SettingsDialog</name>
    <message>
        <source>Client &amp;secret</source>
        <translation>&amp;Secreto de cliente</translation>
    </message>
    <message>
        <source>Token &amp;proxy</source>
        <translation>&amp;Proxy de tokens</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjelo vacío para conservar el secreto guardado</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Token proxy address</source>
        <translation>Dirección del proxy de tokens</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Separados por espacios</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Proxy address:</source>
        <translation>Dirección del proxy:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirección:</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>&amp;Permisos:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>In this window</source>
        <translation>En esta ventana</translation>
    </message>
    <message>
        <source>In my web browser</source>
        <translation>En mi navegador web</translation>
    </message>
    <message>
        <source>Where the Medicare login opens</source>
        <translation>Dónde se abre el inicio de sesión de Medicare</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>How many pages are downloaded at the same time</source>
        <translation>Cuántas páginas se descargan a la vez</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Un idioma nuevo se aplica cuando la aplicación se vuelve a abrir.</translation>
    </message>
    <message>
        <source>&amp;Login opens:</source>
        <translation>El inicio de &amp;sesión se abre:</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>Solicitudes &amp;simultáneas:</translation>
    </message>
    <message>
        <source>These settings could not be saved.</source>
        <translation>No se pudo guardar esta configuración.</translation>
    </message>
    <message>
        <source>Register an app in the &lt;a href="https://bluebutton.cms.gov/"&gt;Blue Button developer sandbox&lt;/a&gt; to get a client id and secret. Register the redirect URI shown above.</source>
        <translation>Registre una aplicación en el &lt;a href="https://bluebutton.cms.gov/"&gt;sandbox para desarrolladores de Blue Button&lt;/a&gt; para obtener un ID y un secreto de cliente. Registre la URI de redirección que se muestra arriba.</translation>
    </message>
    <message>
        <source>Start CSV files with a &amp;byte order mark (for Excel)</source>
        <translation>Empezar los archivos CSV con una marca de orden de &amp;bytes (para Excel)</translation>
    </message>
    <message>
        <source>Some spreadsheets need it to show accented letters correctly</source>
        <translation>Algunas hojas de cálculo la necesitan para mostrar bien las letras acentuadas</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>Exportaciones:</translation>
    </message>
    <message>
        <source>The publisher of this copy set up this connection. It cannot be changed here.</source>
        <translation>El editor de esta copia configuró esta conexión. No se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Blue Button registration (for developers)</source>
        <translation>Registro en Blue Button (para desarrolladores)</translation>
    </message>
    <message>
        <source>Most people never need these settings. They are for developers who registered their own app with Blue Button.</source>
        <translation>La mayoría de las personas nunca necesitan estos ajustes. Son para desarrolladores que registraron su propia aplicación en Blue Button.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>&amp;Delete Data on This Computer…</source>
        <translation>&amp;Borrar los datos de esta computadora…</translation>
    </message>
    <message>
        <source>Your data on this computer</source>
        <translation>Sus datos en esta computadora</translation>
    </message>
    <message>
        <source>Nothing you download is kept on this computer.</source>
        <translation>Nada de lo que descarga se guarda en esta computadora.</translation>
    </message>
    <message>
        <source>Nothing is kept yet. After you log in, your data is kept encrypted in %1, so the app opens at once next time. The demo is never kept.</source>
        <translation>Todavía no se guarda nada. Cuando inicie sesión, sus datos se guardarán cifrados en %1, para que la aplicación se abra al instante la próxima vez. La demostración nunca se guarda.</translation>
    </message>
    <message>
        <source>Your data is kept encrypted in %1 (%2), so the app opens at once next time. Its key is in your keychain.</source>
        <translation>Sus datos se guardan cifrados en %1 (%2), para que la aplicación se abra al instante la próxima vez. Su clave está en su llavero.</translation>
    </message>
    <message>
        <source>Delete Data on This Computer</source>
        <translation>Borrar los datos de esta computadora</translation>
    </message>
    <message>
        <source>Delete the Medicare data kept on this computer? What is on the screen stays until you close the app. The next refresh downloads everything again and keeps it; to stop keeping it, log out.</source>
        <translation>¿Borrar los datos de Medicare guardados en esta computadora? Lo que está en la pantalla se queda hasta que cierre la aplicación. La próxima actualización vuelve a descargarlo todo y lo guarda; para dejar de guardarlo, cierre la sesión.</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;Alto contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <source>Off: the colours of your system, including its own high contrast or dark theme</source>
        <translation>Desactivado: los colores de su sistema, incluido su propio tema oscuro o de alto contraste</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <extracomment>Accessible name of the settings dialog's tabs.</extracomment>
        <translation>Páginas de la configuración</translation>
    </message>
</context>
<context>
    <name>bb::ShippedComponents</name>
    <message>
        <source>This program.</source>
        <translation>Este programa.</translation>
    </message>
    <message>
        <source>Windows, text, printing, networking, the login browser (Qt WebEngine, with Chromium) and secure sign-in (Qt Network Authorization).</source>
        <translation>Ventanas, texto, impresión, red, el navegador de inicio de sesión (Qt WebEngine, con Chromium) y el inicio de sesión seguro (Qt Network Authorization).</translation>
    </message>
    <message>
        <source>The charts of the Overview.</source>
        <translation>Los gráficos del Resumen.</translation>
    </message>
    <message>
        <source>The built-in demo server with synthetic data.</source>
        <translation>El servidor de demostración integrado, con datos sintéticos.</translation>
    </message>
    <message>
        <source>Reading Medicare's data quickly.</source>
        <translation>Leer rápidamente los datos de Medicare.</translation>
    </message>
    <message>
        <source>Keeping sign-in secrets in the system keychain.</source>
        <translation>Guardar los secretos de inicio de sesión en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Encrypting the data kept on this computer.</source>
        <translation>Cifrar los datos guardados en esta computadora.</translation>
    </message>
    <message>
        <source>Compressing the data kept on this computer.</source>
        <translation>Comprimir los datos guardados en esta computadora.</translation>
    </message>
    <message>
        <source>Compressing Medicare's data as received.</source>
        <translation>Comprimir los datos de Medicare tal como se recibieron.</translation>
    </message>
    <message>
        <source>The shape of the demo data: Blue Button responses published by the Centers for Medicare &amp; Medicaid Services (CMSgov/beneficiary-fhir-data).</source>
        <translation>La forma de los datos de demostración: respuestas de Blue Button publicadas por los Centros de Servicios de Medicare y Medicaid (CMSgov/beneficiary-fhir-data).</translation>
    </message>
</context>
<context>
    <name>bb::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Loading your Medicare data…</source>
        <translation>Cargando sus datos de Medicare…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) loaded</source>
        <translation>
            <numerusform>%Ln reclamación cargada</numerusform>
            <numerusform>%Ln reclamaciones cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) loaded, some are missing</source>
        <translation>
            <numerusform>%Ln reclamación cargada, faltan algunas</numerusform>
            <numerusform>%Ln reclamaciones cargadas, faltan algunas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Make all text larger</source>
        <translation>Agrandar todo el texto</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Make all text smaller</source>
        <translation>Achicar todo el texto</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Show text at the normal size</source>
        <translation>Mostrar el texto en su tamaño normal</translation>
    </message>
    <message>
        <source>Go to &amp;Overview</source>
        <translation>Ir a &amp;Resumen</translation>
    </message>
    <message>
        <source>Go to &amp;Patient</source>
        <translation>Ir a &amp;Paciente</translation>
    </message>
    <message>
        <source>Go to Co&amp;verage</source>
        <translation>Ir a Co&amp;bertura</translation>
    </message>
    <message>
        <source>Go to &amp;Claims</source>
        <translation>Ir a Re&amp;clamaciones</translation>
    </message>
    <message>
        <source>Go to &amp;Drugs</source>
        <translation>Ir a &amp;Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>Pestaña an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>B&amp;uscar</translation>
    </message>
    <message>
        <source>Go to the search field of this tab</source>
        <translation>Ir al campo de búsqueda de esta pestaña</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1%)</source>
        <extracomment>View menu title of the text size, %1 the current size in percent.</extracomment>
        <translation>Tamaño &amp;normal (ahora %1%)</translation>
    </message>
</context>
<context>
    <name>bb::WelcomePage</name>
    <message>
        <source>130 claims of all 8 types</source>
        <translation>130 reclamaciones de los 8 tipos</translation>
    </message>
    <message>
        <source>43 claims, a typical record</source>
        <translation>43 reclamaciones, un historial típico</translation>
    </message>
    <message>
        <source>does not share personal information</source>
        <translation>no comparte información personal</translation>
    </message>
    <message>
        <source>a name with accents</source>
        <translation>un nombre con acentos</translation>
    </message>
    <message>
        <source>2,919 claims, mostly prescriptions</source>
        <translation>2919 reclamaciones, sobre todo recetas</translation>
    </message>
    <message>
        <source>no Medicare record (login ends with an error)</source>
        <translation>sin registro de Medicare (el inicio de sesión termina con un error)</translation>
    </message>
    <message>
        <source>Try it with &amp;demo data</source>
        <translation>Pruébelo con datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Connect to CMS &amp;sandbox</source>
        <translation>Conectarse al &amp;sandbox de CMS</translation>
    </message>
    <message>
        <source>Welcome to Blue Button Viewer</source>
        <translation>Bienvenido al Visor de Blue Button</translation>
    </message>
    <message>
        <source>Starts a demo Medicare server on this computer</source>
        <translation>Inicia un servidor de Medicare de demostración en esta computadora</translation>
    </message>
    <message>
        <source>Log in with one of these demo users. Nothing leaves this computer.</source>
        <translation>Inicie sesión con uno de estos usuarios de demostración. Nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Usuarios de demostración</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Qué muestra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancel the &amp;login</source>
        <translation>Cancelar el inicio de &amp;sesión</translation>
    </message>
    <message>
        <source>Log in with &amp;Medicare</source>
        <translation>Iniciar sesión con &amp;Medicare</translation>
    </message>
    <message>
        <source>De&amp;veloper settings…</source>
        <translation>Ajustes de desarrolla&amp;dor…</translation>
    </message>
    <message>
        <source>Opens the Medicare.gov login page in this window</source>
        <translation>Abre la página de inicio de sesión de Medicare.gov en esta ventana</translation>
    </message>
    <message>
        <source>Opens the settings for a Blue Button registration of your own</source>
        <translation>Abre los ajustes para un registro propio en Blue Button</translation>
    </message>
    <message>
        <source>Not registered with Medicare</source>
        <translation>No registrada en Medicare</translation>
    </message>
    <message>
        <source>See your Medicare claims, coverage and prescriptions on this computer.</source>
        <translation>Vea sus reclamaciones, su cobertura y sus recetas de Medicare en esta computadora.</translation>
    </message>
    <message>
        <source>A Medicare.gov page opens in this window. You log in there: this app never sees your password, and you choose what to share with it.</source>
        <translation>Se abre una página de Medicare.gov en esta ventana. Usted inicia sesión allí: esta aplicación nunca ve su contraseña, y usted elige qué compartir con ella.</translation>
    </message>
    <message>
        <source>This copy is provided by %1.</source>
        <translation>Esta copia la ofrece %1.</translation>
    </message>
    <message>
        <source>See Medicare claims, coverage and prescriptions. Try everything with synthetic demo data on this computer.</source>
        <translation>Vea reclamaciones, cobertura y recetas de Medicare. Pruébelo todo con datos de demostración sintéticos en esta computadora.</translation>
    </message>
    <message>
        <source>This copy of Blue Button Viewer is not registered with Medicare yet, so it cannot log in to Medicare.gov. If you got it from a publisher, ask them for their version. Publishers: the file docs/publishing.md that comes with the source code explains how to register it.</source>
        <translation>Esta copia de Blue Button Viewer aún no está registrada en Medicare, así que no puede iniciar sesión en Medicare.gov. Si la obtuvo de un editor, pídale su versión. Editores: el archivo docs/publishing.md que acompaña al código fuente explica cómo registrarla.</translation>
    </message>
    <message>
        <source>Double-click to log in as %1</source>
        <extracomment>Tooltip of a row in the welcome screen's list of demo users.</extracomment>
        <translation>Haga doble clic para iniciar sesión como %1</translation>
    </message>
</context>
<context>
    <name>bb::account::AccountService</name>
    <message>
        <source>The demo server could not be started on this computer.</source>
        <translation>No se pudo iniciar el servidor de demostración en esta computadora.</translation>
    </message>
    <message>
        <source>No client secret is stored for %1. Enter it in the settings.</source>
        <translation>No hay ningún secreto de cliente guardado para %1. Escríbalo en la configuración.</translation>
    </message>
</context>
<context>
    <name>bb::account::CapabilityProbe</name>
    <message>
        <source>No server address is set for this environment.</source>
        <translation>No hay dirección de servidor para este entorno.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>No se pudo consultar al servidor: %1</translation>
    </message>
    <message>
        <source>The server's answer was not understood: %1</source>
        <translation>No se entendió la respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>bb::account::Diagnostics</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminada: %1</translation>
    </message>
    <message>
        <source>Last full download: %1</source>
        <translation>Última descarga completa: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>only what changed</source>
        <translation>solo lo que cambió</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Completa: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Claims shown: %1 (the server counts %2)</source>
        <translation>Reclamaciones mostradas: %1 (el servidor cuenta %2)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Blue Button Viewer %1</source>
        <translation>Visor de Blue Button %1</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Fecha de compilación</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>Base de la API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Server capability statement (/v2/fhir/metadata)</source>
        <translation>Declaración de capacidades del servidor (/v2/fhir/metadata)</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>Versión de FHIR</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Supported search parameters:</source>
        <translation>Parámetros de búsqueda admitidos:</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>No sync yet.</source>
        <translation>Todavía no hay sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Recent log (%n line(s))</source>
        <translation>
            <numerusform>Registro reciente (%n línea)</numerusform>
            <numerusform>Registro reciente (%n líneas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::account::RecordSync</name>
    <message>
        <source>You are not connected.</source>
        <translation>No está conectado.</translation>
    </message>
</context>
<context>
    <name>bb::account::Sync</name>
    <message>
        <source>Loading claims… %1</source>
        <translation>Cargando reclamaciones… %1</translation>
    </message>
    <message>
        <source>Loading claims… %1 of %2</source>
        <translation>Cargando reclamaciones… %1 de %2</translation>
    </message>
    <message>
        <source>Medicare beneficiary %1</source>
        <translation>Beneficiario de Medicare %1</translation>
    </message>
    <message>
        <source>Some claims could not be loaded.</source>
        <translation>No se pudieron cargar algunas reclamaciones.</translation>
    </message>
    <message>
        <source>Some of your data could not be loaded.</source>
        <translation>No se pudieron cargar algunos de sus datos.</translation>
    </message>
    <message>
        <source>Your Medicare connection has ended. Log in again to continue.</source>
        <translation>Su conexión con Medicare terminó. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Blue Button asked this app to slow down. Trying again…</source>
        <translation>Blue Button pidió a esta aplicación que vaya más despacio. Volviendo a intentarlo…</translation>
    </message>
    <message numerus="yes">
        <source>Blue Button asked this app to slow down. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Blue Button pidió a esta aplicación que vaya más despacio. Se volverá a intentar en %n segundo…</numerusform>
            <numerusform>Blue Button pidió a esta aplicación que vaya más despacio. Se volverá a intentar en %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::api::TokenResponse</name>
    <message>
        <source>the sign-in server's answer is not valid JSON</source>
        <translation>la respuesta del servidor de inicio de sesión no es JSON válido</translation>
    </message>
    <message>
        <source>the sign-in server's answer has no access token</source>
        <translation>la respuesta del servidor de inicio de sesión no tiene token de acceso</translation>
    </message>
</context>
<context>
    <name>bb::auth::AuthError</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>You chose not to share your Medicare data. Nothing was downloaded. You can sign in again at any time.</source>
        <translation>Usted decidió no compartir sus datos de Medicare. No se descargó nada. Puede iniciar sesión de nuevo cuando quiera.</translation>
    </message>
    <message>
        <source>Medicare has no claims data for this account. Check that you signed in with the Medicare.gov account of the person whose data you want to see.</source>
        <translation>Medicare no tiene datos de reclamaciones para esta cuenta. Compruebe que inició sesión con la cuenta de Medicare.gov de la persona cuyos datos quiere ver.</translation>
    </message>
    <message>
        <source>The answer from the login page did not belong to this sign-in, so it was ignored for your safety. Please sign in again.</source>
        <translation>La respuesta de la página de inicio de sesión no correspondía a este inicio de sesión, así que se ignoró por su seguridad. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Blue Button did not accept the client ID or client secret. Check them in the settings.</source>
        <translation>Blue Button no aceptó el ID de cliente o el secreto de cliente. Revíselos en la configuración.</translation>
    </message>
    <message>
        <source>Blue Button did not accept the sign-in (it may have taken too long). Please sign in again.</source>
        <translation>Blue Button no aceptó el inicio de sesión (quizá tardó demasiado). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your permission to read your Medicare data has ended or was withdrawn. Sign in again to reconnect.</source>
        <translation>Su permiso para leer sus datos de Medicare terminó o se retiró. Inicie sesión de nuevo para volver a conectarse.</translation>
    </message>
    <message>
        <source>Blue Button could not be reached. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con Blue Button. Compruebe su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Blue Button answered with an error. Please try again later.</source>
        <translation>Blue Button respondió con un error. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The Medicare login page could not be shown.</source>
        <translation>No se pudo mostrar la página de inicio de sesión de Medicare.</translation>
    </message>
    <message>
        <source>The Medicare login did not complete.</source>
        <translation>El inicio de sesión en Medicare no se completó.</translation>
    </message>
    <message>
        <source>The connection settings are incomplete: a client ID and a client secret (or a token proxy) are needed.</source>
        <translation>La configuración de conexión está incompleta: se necesitan un ID de cliente y un secreto de cliente (o un proxy de tokens).</translation>
    </message>
    <message>
        <source>The sign-in server sent this request to another address (HTTP %1). It was not sent there, to keep your sign-in safe. Please try again later.</source>
        <translation>El servidor de inicio de sesión envió esta solicitud a otra dirección (HTTP %1). No se envió allí, para proteger su inicio de sesión. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer far larger than a sign-in answer can be, so it was not read. Please try again later.</source>
        <translation>El servidor de inicio de sesión envió una respuesta mucho más grande de lo que puede ser una respuesta de inicio de sesión, así que no se leyó. Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>bb::auth::Environment</name>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Demostración (sandbox integrado)</translation>
    </message>
    <message>
        <source>CMS sandbox</source>
        <translation>Sandbox de CMS</translation>
    </message>
    <message>
        <source>Medicare (CMS production)</source>
        <translation>Medicare (producción de CMS)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>The address of this CMS environment cannot be changed. Choose "Custom server" to use another address.</source>
        <translation>La dirección de este entorno de CMS no se puede cambiar. Elija "Servidor personalizado" para usar otra dirección.</translation>
    </message>
    <message>
        <source>The client ID may only contain letters, digits and punctuation.</source>
        <translation>El ID de cliente solo puede contener letras, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>A CMS client ID is exactly 40 letters and digits. Copy it from your application's page on the Blue Button developer site.</source>
        <translation>Un ID de cliente de CMS tiene exactamente 40 letras y dígitos. Cópielo de la página de su aplicación en el sitio para desarrolladores de Blue Button.</translation>
    </message>
    <message>
        <source>Choose at least one permission to request.</source>
        <translation>Elija al menos un permiso para solicitar.</translation>
    </message>
    <message>
        <source>"%1" is not a valid permission name.</source>
        <translation>"%1" no es un nombre de permiso válido.</translation>
    </message>
    <message>
        <source>"%1" is not a Blue Button permission.</source>
        <translation>"%1" no es un permiso de Blue Button.</translation>
    </message>
    <message>
        <source>The Medicare consent screens are only available in English and Spanish.</source>
        <translation>Las pantallas de consentimiento de Medicare solo están disponibles en inglés y en español.</translation>
    </message>
</context>
<context>
    <name>bb::auth::EnvironmentSettings</name>
    <message>
        <source>This looks like a secret (a password, key or token). Secrets are kept in the system keychain and cannot be saved here.</source>
        <translation>Esto parece un secreto (una contraseña, clave o token). Los secretos se guardan en el llavero del sistema y no se pueden guardar aquí.</translation>
    </message>
    <message>
        <source>The saved value was not usable and has been reset: %1</source>
        <translation>El valor guardado no se podía usar y se ha restablecido: %1</translation>
    </message>
</context>
<context>
    <name>bb::auth::FallbackSecretStore</name>
    <message>
        <source>The system keychain is not available, so your sign-in is kept in memory for this session only and nothing secret is saved on this computer. You will need to sign in again the next time you start the application.</source>
        <translation>El llavero del sistema no está disponible, así que su inicio de sesión se guarda solo en memoria durante esta sesión y no se guarda nada secreto en esta computadora. Tendrá que iniciar sesión de nuevo la próxima vez que abra la aplicación.</translation>
    </message>
</context>
<context>
    <name>bb::auth::KeychainNotice</name>
    <message>
        <source>Your computer may ask for a password</source>
        <extracomment>Title of the notice shown before the system asks for the keychain password.</extracomment>
        <translation>Es posible que su computadora le pida una contraseña</translation>
    </message>
    <message>
        <source>After you log in, this app saves your sign-in in your computer's keychain, where it keeps passwords. The keychain is locked, so your computer will ask for its password in a window of its own. That is usually the password you use to log in to this computer.</source>
        <extracomment>Before a login, when the system keychain is locked.</extracomment>
        <translation>Después de iniciar sesión, esta aplicación guarda su acceso en el llavero de su computadora, donde se guardan las contraseñas. El llavero está bloqueado, así que su computadora le pedirá su contraseña en una ventana propia. Suele ser la contraseña con la que entra en esta computadora.</translation>
    </message>
    <message>
        <source>After you log in, this app saves your sign-in in your computer's keychain, where it keeps passwords. This computer has no keychain yet, so it will ask you to choose a password for a new one in a window of its own. Write it down: you will need it again.</source>
        <extracomment>Before a login, when the system has no keychain yet.</extracomment>
        <translation>Después de iniciar sesión, esta aplicación guarda su acceso en el llavero de su computadora, donde se guardan las contraseñas. Esta computadora aún no tiene llavero, así que le pedirá que elija una contraseña para uno nuevo en una ventana propia. Anótela: la necesitará de nuevo.</translation>
    </message>
</context>
<context>
    <name>bb::auth::LoopbackBrowserDriver</name>
    <message>
        <source>bbviewer could not wait for the answer of the login page: no local port was available.</source>
        <translation>bbviewer no pudo esperar la respuesta de la página de inicio de sesión: no había ningún puerto local disponible.</translation>
    </message>
    <message>
        <source>The web browser could not be opened to show the Medicare login page.</source>
        <translation>No se pudo abrir el navegador web para mostrar la página de inicio de sesión de Medicare.</translation>
    </message>
    <message>
        <source>Blue Button Viewer</source>
        <translation>Visor de Blue Button</translation>
    </message>
    <message>
        <source>This sign-in is no longer in progress. Start it again from Blue Button Viewer.</source>
        <translation>Este inicio de sesión ya no está en curso. Vuelva a empezarlo desde el Visor de Blue Button.</translation>
    </message>
    <message>
        <source>Blue Button Viewer received the answer from Medicare. You can close this window and return to the application.</source>
        <translation>El Visor de Blue Button recibió la respuesta de Medicare. Puede cerrar esta ventana y volver a la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>The login in the web browser was not finished within %n minute(s). Start it again from Blue Button Viewer.</source>
        <translation>
            <numerusform>El inicio de sesión en el navegador web no terminó en %n minuto. Vuelva a iniciarlo desde Blue Button Viewer.</numerusform>
            <numerusform>El inicio de sesión en el navegador web no terminó en %n minutos. Vuelva a iniciarlo desde Blue Button Viewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Medicare found no Blue Button record for the account you logged in with. Return to Blue Button Viewer and choose Cancel, or log in with another account.</source>
        <translation>Medicare no encontró ningún registro de Blue Button para la cuenta con la que inició sesión. Vuelva a Blue Button Viewer y elija Cancelar, o inicie sesión con otra cuenta.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress. Blue Button Viewer ignored it and is still waiting for your Medicare login.</source>
        <translation>Esta respuesta no pertenece al inicio de sesión en curso. Blue Button Viewer la ignoró y sigue esperando su inicio de sesión de Medicare.</translation>
    </message>
</context>
<context>
    <name>bb::auth::PublisherConfig</name>
    <message>
        <source>The Medicare settings of this build (%1) could not be read: %2.</source>
        <translation>No se pudieron leer los ajustes de Medicare de esta versión (%1): %2.</translation>
    </message>
    <message>
        <source>The Medicare settings of this build (%1) are too large to be right.</source>
        <translation>Los ajustes de Medicare de esta versión (%1) son demasiado grandes para ser correctos.</translation>
    </message>
    <message>
        <source>The Medicare settings of this build (%1, line %2) cannot be used: %3</source>
        <translation>No se pueden usar los ajustes de Medicare de esta versión (%1, línea %2): %3</translation>
    </message>
    <message>
        <source>a section name must end with "]".</source>
        <translation>el nombre de una sección debe terminar en "]".</translation>
    </message>
    <message>
        <source>there is no section "%1".</source>
        <translation>no existe la sección "%1".</translation>
    </message>
    <message>
        <source>expected "name = value".</source>
        <translation>se esperaba "nombre = valor".</translation>
    </message>
    <message>
        <source>a client secret or other credential must never be in this file. Keep it on the token proxy.</source>
        <translation>un secreto de cliente u otra credencial nunca debe estar en este archivo. Guárdelo en el proxy de tokens.</translation>
    </message>
    <message>
        <source>"%1" is outside a section.</source>
        <translation>"%1" está fuera de una sección.</translation>
    </message>
    <message>
        <source>there is no setting "%1".</source>
        <translation>no existe el ajuste "%1".</translation>
    </message>
    <message>
        <source>[%1] needs token_proxy_url: the app logs in through the publisher's token proxy.</source>
        <translation>[%1] necesita token_proxy_url: la aplicación inicia sesión a través del proxy de tokens del editor.</translation>
    </message>
    <message>
        <source>[%1] needs client_id.</source>
        <translation>[%1] necesita client_id.</translation>
    </message>
</context>
<context>
    <name>bb::auth::UrlPolicy</name>
    <message>
        <source>Enter an address.</source>
        <translation>Escriba una dirección.</translation>
    </message>
    <message>
        <source>This is not a complete web address. It should look like https://example.org/.</source>
        <translation>Esta no es una dirección web completa. Debería ser como https://example.org/.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>La dirección no tiene nombre de servidor.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed for addresses on this computer (127.0.0.1, [::1] or localhost).</source>
        <translation>Use https://. El http:// simple solo se permite para direcciones de esta computadora (127.0.0.1, [::1] o localhost).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address. Secrets are never stored in addresses.</source>
        <translation>Quite el nombre de usuario y la contraseña de la dirección. Los secretos nunca se guardan en las direcciones.</translation>
    </message>
    <message>
        <source>Remove the part after "?" from the address.</source>
        <translation>Quite de la dirección la parte que va después de "?".</translation>
    </message>
    <message>
        <source>Remove the part after "#" from the address.</source>
        <translation>Quite de la dirección la parte que va después de "#".</translation>
    </message>
</context>
<context>
    <name>bb::cli::AccessTokenFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty; it should hold just the access token</source>
        <translation>%1: el archivo está vacío; debe contener solo el token de acceso</translation>
    </message>
    <message>
        <source>%1: the file should hold just the access token, on one line</source>
        <translation>%1: el archivo debe contener solo el token de acceso, en una línea</translation>
    </message>
    <message>
        <source>%1: other users of this computer can read this access token; allow only yourself (chmod 600) and try again</source>
        <translation>%1: otros usuarios de este equipo pueden leer este token de acceso; permita el acceso solo a usted (chmod 600) y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>bb::cli::DemoLoginDriver</name>
    <message>
        <source>The demo sign-in as %1 did not complete (%2).</source>
        <translation>El inicio de sesión de demostración como %1 no se completó (%2).</translation>
    </message>
</context>
<context>
    <name>bb::cli::ExportArguments</name>
    <message>
        <source>--%1 "%2" is not a date: use YYYY-MM-DD, e.g. 2023-01-31.</source>
        <translation>--%1 "%2" no es una fecha: use AAAA-MM-DD, p. ej. 2023-01-31.</translation>
    </message>
    <message>
        <source>Exports Medicare claims, prescriptions, coverage or patient details, from saved Blue Button JSON or straight from a Blue Button server, without opening a window.</source>
        <translation>Exporta reclamaciones de Medicare, recetas, cobertura o datos del paciente, desde JSON de Blue Button guardado o directamente desde un servidor Blue Button, sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>El comando de exportación.</translation>
    </message>
    <message>
        <source>A saved JSON file (bundle or single resource) or a folder of them (repeatable).</source>
        <translation>Un archivo JSON guardado (paquete o recurso individual) o una carpeta de ellos (se puede repetir).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>With --env: a file holding just an access token. Without it, the sign-in stored by the app for that environment is used.</source>
        <translation>Con --env: un archivo que contiene solo un token de acceso. Sin él, se usa el inicio de sesión que la aplicación guardó para ese entorno.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>With --env: the patient id the sign-in belongs to (default: the account last signed in with the app, or what the access token's userinfo says).</source>
        <translation>Con --env: el id del paciente al que pertenece el inicio de sesión (de forma predeterminada: la última cuenta con la que se inició sesión en la aplicación, o lo que indique la información de usuario del token de acceso).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>With --env local: the demo account to sign in as, e.g. BBUser00000.</source>
        <translation>Con --env local: la cuenta de demostración con la que iniciar sesión, p. ej. BBUser00000.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Qué exportar: %1.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Formato de salida: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Only these claim types (comma-separated or repeated): %1.</source>
        <translation>Solo estos tipos de reclamación (separados por comas o repetidos): %1.</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>Only claims whose service period reaches this day or later (YYYY-MM-DD).</source>
        <translation>Solo reclamaciones cuyo período de servicio llega a este día o después (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Only claims whose service period starts on or before this day (YYYY-MM-DD).</source>
        <translation>Solo reclamaciones cuyo período de servicio empieza este día o antes (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The file to write ("-" for standard output).</source>
        <translation>El archivo que se escribirá ("-" para la salida estándar).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark, for spreadsheets that need one to detect UTF-8.</source>
        <translation>Empezar el CSV con una marca de orden de bytes UTF-8, para las hojas de cálculo que la necesitan para detectar UTF-8.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1"; see --help.</source>
        <translation>Argumento inesperado "%1"; consulte --help.</translation>
    </message>
    <message>
        <source>Unsupported --what "%1": use %2.</source>
        <translation>--what "%1" no es compatible: use %2.</translation>
    </message>
    <message>
        <source>Unsupported --format "%1": use %2.</source>
        <translation>--format "%1" no es compatible: use %2.</translation>
    </message>
    <message>
        <source>Give either --input or --env (not both); see --help.</source>
        <translation>Indique --input o --env (no ambos); consulte --help.</translation>
    </message>
    <message>
        <source>--env "%1" is not local, sandbox, production or a usable server address: %2</source>
        <translation>--env "%1" no es local, sandbox, production ni una dirección de servidor utilizable: %2</translation>
    </message>
    <message>
        <source>--demo-user only goes with --env local: other servers need a real sign-in from the app, or --access-token-file.</source>
        <translation>--demo-user solo se usa con --env local: los demás servidores necesitan un inicio de sesión real desde la aplicación o --access-token-file.</translation>
    </message>
    <message>
        <source>--env local starts its own demo sandbox, which knows no token from elsewhere: sign in with --demo-user instead.</source>
        <translation>--env local inicia su propio entorno de demostración, que no conoce tokens de otros sitios: inicie sesión con --demo-user.</translation>
    </message>
    <message>
        <source>--env local needs --demo-user, e.g. --demo-user BBUser00000: the built-in sandbox runs inside this command, so no sign-in from the app can be reused.</source>
        <translation>--env local necesita --demo-user, p. ej. --demo-user BBUser00000: el entorno de demostración integrado se ejecuta dentro de este comando, así que no se puede reutilizar ningún inicio de sesión de la aplicación.</translation>
    </message>
    <message>
        <source>--output is required; see --help.</source>
        <translation>--output es obligatorio; consulte --help.</translation>
    </message>
    <message>
        <source>--bom only goes with --format csv.</source>
        <translation>--bom solo se usa con --format csv.</translation>
    </message>
    <message>
        <source>--type, --since and --until filter claims; they do not apply to --what %1.</source>
        <translation>--type, --since y --until filtran reclamaciones; no se aplican a --what %1.</translation>
    </message>
    <message>
        <source>Unknown claim type "%1" in --type: use %2.</source>
        <translation>Tipo de reclamación desconocido "%1" en --type: use %2.</translation>
    </message>
    <message>
        <source>--type needs at least one of: %1.</source>
        <translation>--type necesita al menos uno de: %1.</translation>
    </message>
    <message>
        <source>--since %1 is after --until %2.</source>
        <translation>--since %1 es posterior a --until %2.</translation>
    </message>
    <message>
        <source>Fetch from a server instead of --input: local (the built-in demo sandbox, with --demo-user), sandbox, production, or the server's base URL. Except for the demo, the data is kept on this computer, encrypted, where the app keeps it (or in $BBVIEWER_DATA_DIR/store), so the next export or the app asks only for what changed.</source>
        <translation>Descargar de un servidor en lugar de --input: local (el entorno de demostración integrado, con --demo-user), sandbox, production o la URL base del servidor. Salvo en la demostración, los datos se guardan cifrados en esta computadora, donde los guarda la aplicación (o en $BBVIEWER_DATA_DIR/store), de modo que la próxima exportación o la aplicación solo piden lo que cambió.</translation>
    </message>
    <message>
        <source>With --env: export the data kept on this computer for that environment (by the app or an earlier export) without connecting to the server.</source>
        <translation>Con --env: exportar los datos guardados en esta computadora para ese entorno (por la aplicación o por una exportación anterior) sin conectarse al servidor.</translation>
    </message>
    <message>
        <source>--access-token-file, --patient, --demo-user and --offline only go with --env; see --help.</source>
        <translation>--access-token-file, --patient, --demo-user y --offline solo se usan con --env; consulte --help.</translation>
    </message>
    <message>
        <source>--offline does not go with --env local: the demo's data is never kept on this computer.</source>
        <translation>--offline no se usa con --env local: los datos de la demostración nunca se guardan en esta computadora.</translation>
    </message>
    <message>
        <source>--offline does not connect to the server, so it needs no --access-token-file.</source>
        <translation>--offline no se conecta al servidor, así que no necesita --access-token-file.</translation>
    </message>
    <message>
        <source>--what summary is a printable summary: use --format pdf.</source>
        <translation>--what summary es un resumen para imprimir: use --format pdf.</translation>
    </message>
    <message>
        <source>--labels goes with --what claims or claim-lines and --format csv (the other CSV files already use the app's words).</source>
        <translation>--labels va con --what claims o claim-lines y --format csv (los demás archivos CSV ya usan las palabras de la aplicación).</translation>
    </message>
    <message>
        <source>With --what claims or claim-lines and --format csv: the header row and the claim types in the words the app shows ("Amount billed", "Doctor/supplier"), in its language, instead of the documented column keys.</source>
        <translation>Con --what claims o claim-lines y --format csv: la fila de encabezados y los tipos de reclamación con las palabras que muestra la aplicación («Cantidad facturada», «Médico/proveedor»), en su idioma, en lugar de las claves de columna documentadas.</translation>
    </message>
</context>
<context>
    <name>bb::cli::ExportCommand</name>
    <message>
        <source>--format %1 is not available in this version of bbviewer; use csv or json.</source>
        <translation>--format %1 no está disponible en esta versión de bbviewer; use csv o json.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>The system keychain is not available here, so nothing is kept on this computer: every export downloads everything again.</source>
        <translation>El llavero del sistema no está disponible aquí, así que no se guarda nada en esta computadora: cada exportación vuelve a descargarlo todo.</translation>
    </message>
    <message>
        <source>--offline reads what is kept for the app's own servers; nothing from %1 is kept on this computer.</source>
        <translation>--offline lee lo que se guarda para los servidores de la aplicación; no se guarda nada de %1 en esta computadora.</translation>
    </message>
    <message>
        <source>Nothing from %1 is kept on this computer: nobody is signed in there with the app. Export once without --offline, or pass --patient.</source>
        <translation>No se guarda nada de %1 en esta computadora: nadie ha iniciado sesión allí con la aplicación. Exporte una vez sin --offline o indique --patient.</translation>
    </message>
    <message>
        <source>The system keychain is not available here, so the data kept on this computer cannot be read.</source>
        <translation>El llavero del sistema no está disponible aquí, así que no se pueden leer los datos guardados en esta computadora.</translation>
    </message>
    <message>
        <source>it could not be moved</source>
        <translation>no se pudo mover</translation>
    </message>
    <message>
        <source>moved aside to %1</source>
        <translation>se apartó a %1</translation>
    </message>
    <message>
        <source>No data from %1 is kept on this computer yet: export once without --offline, or open it in the app.</source>
        <translation>Todavía no se guardan datos de %1 en esta computadora: exporte una vez sin --offline o ábralos en la aplicación.</translation>
    </message>
    <message>
        <source>The data kept for %1 cannot be opened: its key is no longer in the system keychain (%2). Export without --offline to download it again.</source>
        <translation>Los datos guardados para %1 no se pueden abrir: su clave ya no está en el llavero del sistema (%2). Exporte sin --offline para descargarlos de nuevo.</translation>
    </message>
    <message>
        <source>The data kept for %1 is damaged or incomplete (%2). Export without --offline to download it again.</source>
        <translation>Los datos guardados para %1 están dañados o incompletos (%2). Exporte sin --offline para descargarlos de nuevo.</translation>
    </message>
    <message>
        <source>Warning: the input holds no claims, so the export has none (exit code 6).</source>
        <translation>Aviso: la entrada no contiene reclamaciones, así que la exportación no tiene ninguna (código de salida 6).</translation>
    </message>
</context>
<context>
    <name>bb::cli::PdfOutput</name>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se pudo dibujar el PDF.</translation>
    </message>
</context>
<context>
    <name>bb::cli::ServerConnection</name>
    <message>
        <source>The demo sandbox ended the sign-in of %1.</source>
        <translation>El entorno de demostración terminó el inicio de sesión de %1.</translation>
    </message>
    <message>
        <source>%1 refused the access token (access tokens last one hour): get a new one and try again.</source>
        <translation>%1 rechazó el token de acceso (los tokens de acceso duran una hora): obtenga uno nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your Medicare connection to %1 has ended: sign in with the app again.</source>
        <translation>Su conexión de Medicare con %1 ha terminado: vuelva a iniciar sesión con la aplicación.</translation>
    </message>
    <message>
        <source>The system keychain is not available here, so the sign-in the app stored for %1 cannot be read: pass --access-token-file instead.</source>
        <translation>El llavero del sistema no está disponible aquí, así que no se puede leer el inicio de sesión que la aplicación guardó para %1: use --access-token-file.</translation>
    </message>
    <message>
        <source>No sign-in to %1 is stored: sign in with the app first, or pass --access-token-file.</source>
        <translation>No hay ningún inicio de sesión guardado para %1: inicie sesión primero con la aplicación o use --access-token-file.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started on this computer.</source>
        <translation>No se pudo iniciar el entorno de demostración integrado en este equipo.</translation>
    </message>
    <message>
        <source>--env %1: %2</source>
        <translation>--env %1: %2</translation>
    </message>
    <message>
        <source>The access token does not say whose data it is (personal information was not shared with it): pass --patient with the patient id from the token response.</source>
        <translation>El token de acceso no indica de quién son los datos (no se compartió la información personal): use --patient con el id del paciente de la respuesta del token.</translation>
    </message>
    <message>
        <source>Could not ask %1 whose access token this is (%2).</source>
        <translation>No se pudo preguntar a %1 de quién es este token de acceso (%2).</translation>
    </message>
    <message>
        <source>Your Medicare connection to %1 has ended (%2): sign in with the app again.</source>
        <translation>Su conexión de Medicare con %1 ha terminado (%2): vuelva a iniciar sesión con la aplicación.</translation>
    </message>
    <message>
        <source>Could not renew the sign-in to %1: %2</source>
        <translation>No se pudo renovar el inicio de sesión en %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::cli::ServerFetch</name>
    <message>
        <source>%1 of %2 pages could not be loaded (%3); nothing was written.</source>
        <translation>No se pudieron cargar %1 de %2 páginas (%3); no se escribió nada.</translation>
    </message>
    <message>
        <source>The server's pages did not add up (%1); nothing was written.</source>
        <translation>Las páginas del servidor no cuadran (%1); no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The download was stopped; nothing was written.</source>
        <translation>Se detuvo la descarga; no se escribió nada.</translation>
    </message>
    <message>
        <source>The first page could not be loaded (%1); nothing was written.</source>
        <translation>No se pudo cargar la primera página (%1); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>bb::cli::StoredRecord</name>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>Datos al %1.</translation>
    </message>
    <message>
        <source>Data as of %1; that download did not finish, so some claims may be missing.</source>
        <translation>Datos al %1; esa descarga no terminó, así que pueden faltar algunas reclamaciones.</translation>
    </message>
</context>
<context>
    <name>bb::codes::Glossary</name>
    <message>
        <source>What the doctor, hospital or supplier charged for the care. Medicare usually approves less.</source>
        <translation>Lo que el médico, el hospital o el proveedor cobró por la atención. Medicare suele aprobar menos.</translation>
    </message>
    <message>
        <source>The amount Medicare approves for the care. The provider cannot be paid more than this by Medicare and you together, in most cases.</source>
        <translation>La cantidad que Medicare aprueba por la atención. En la mayoría de los casos, entre Medicare y usted no se le paga al proveedor más que esto.</translation>
    </message>
    <message>
        <source>What Medicare (or your Medicare plan) paid for this care.</source>
        <translation>Lo que Medicare (o su plan de Medicare) pagó por esta atención.</translation>
    </message>
    <message>
        <source>The amount you pay each year before Medicare starts to pay. This is the part of it counted on this claim.</source>
        <translation>La cantidad que usted paga cada año antes de que Medicare empiece a pagar. Esta es la parte que cuenta en esta reclamación.</translation>
    </message>
    <message>
        <source>Your share of the cost after the deductible, usually 20% of the approved amount.</source>
        <translation>Su parte del costo después del deducible, normalmente el 20 % de la cantidad aprobada.</translation>
    </message>
    <message>
        <source>The most the provider can bill you for this claim: your deductible and coinsurance. Other insurance may pay some of it.</source>
        <translation>Lo máximo que el proveedor puede cobrarle por esta reclamación: su deducible y su coseguro. Otro seguro puede pagar una parte.</translation>
    </message>
    <message>
        <source>Charges Medicare does not pay for. Ask the provider if you must pay them.</source>
        <translation>Cargos que Medicare no paga. Pregunte al proveedor si usted debe pagarlos.</translation>
    </message>
    <message>
        <source>Money Medicare sent to you instead of to the provider, because you already paid the bill.</source>
        <translation>Dinero que Medicare le envió a usted y no al proveedor, porque usted ya pagó la factura.</translation>
    </message>
    <message>
        <source>What another insurance, such as an employer plan, paid before Medicare.</source>
        <translation>Lo que otro seguro, como un plan del empleador, pagó antes que Medicare.</translation>
    </message>
    <message>
        <source>The full price of the medicine at the pharmacy.</source>
        <translation>El precio completo del medicamento en la farmacia.</translation>
    </message>
    <message>
        <source>What your Medicare drug plan paid the pharmacy.</source>
        <translation>Lo que su plan de medicamentos de Medicare pagó a la farmacia.</translation>
    </message>
    <message>
        <source>What you paid at the pharmacy.</source>
        <translation>Lo que usted pagó en la farmacia.</translation>
    </message>
    <message>
        <source>The kind of care the claim is for: a doctor visit, a hospital stay, medical equipment, a prescription, and so on.</source>
        <translation>El tipo de atención de la reclamación: una visita médica, una estancia en el hospital, equipo médico, una receta, etc.</translation>
    </message>
    <message>
        <source>A visit or service from a doctor or other health professional, such as a check-up, a test or therapy.</source>
        <translation>Una visita o un servicio de un médico u otro profesional de la salud, como un chequeo, una prueba o una terapia.</translation>
    </message>
    <message>
        <source>Medical equipment and supplies for use at home, such as a walker, oxygen or diabetes supplies.</source>
        <translation>Equipo y suministros médicos para usar en casa, como un andador, oxígeno o suministros para la diabetes.</translation>
    </message>
    <message>
        <source>Care at home from a home health agency, such as nursing or therapy.</source>
        <translation>Atención en casa de una agencia de salud en el hogar, como enfermería o terapia.</translation>
    </message>
    <message>
        <source>Comfort care for a person with a terminal illness.</source>
        <translation>Cuidados de bienestar para una persona con una enfermedad terminal.</translation>
    </message>
    <message>
        <source>A stay in a hospital after being admitted.</source>
        <translation>Una estancia en un hospital después de ser ingresado.</translation>
    </message>
    <message>
        <source>Hospital care without being admitted, such as the emergency room, tests or same-day surgery.</source>
        <translation>Atención en el hospital sin ingreso, como urgencias, pruebas o cirugía del mismo día.</translation>
    </message>
    <message>
        <source>A prescription filled at a pharmacy and paid by your Medicare drug plan (Part D).</source>
        <translation>Una receta surtida en una farmacia y pagada por su plan de medicamentos de Medicare (Parte D).</translation>
    </message>
    <message>
        <source>A stay in a skilled nursing facility, usually after a hospital stay.</source>
        <translation>Una estancia en un centro de enfermería especializada, normalmente después de una estancia en el hospital.</translation>
    </message>
    <message>
        <source>Medicare has four parts: A, B, C and D.</source>
        <translation>Medicare tiene cuatro partes: A, B, C y D.</translation>
    </message>
    <message>
        <source>Part A: hospital insurance. It covers hospital stays, skilled nursing, hospice and some home health care.</source>
        <translation>Parte A: seguro de hospital. Cubre estancias en el hospital, enfermería especializada, cuidados paliativos y parte de la atención médica en el hogar.</translation>
    </message>
    <message>
        <source>Part B: medical insurance. It covers doctor visits, tests, outpatient care and medical equipment.</source>
        <translation>Parte B: seguro médico. Cubre visitas al médico, pruebas, atención ambulatoria y equipo médico.</translation>
    </message>
    <message>
        <source>Part C: Medicare Advantage. A private plan approved by Medicare that replaces Parts A and B, and often D.</source>
        <translation>Parte C: Medicare Advantage. Un plan privado aprobado por Medicare que sustituye a las Partes A y B, y a menudo a la D.</translation>
    </message>
    <message>
        <source>Part D: prescription drug coverage from a private plan approved by Medicare.</source>
        <translation>Parte D: cobertura de medicamentos recetados de un plan privado aprobado por Medicare.</translation>
    </message>
    <message>
        <source>Whether the coverage or claim is in effect, or was cancelled.</source>
        <translation>Si la cobertura o la reclamación está vigente o se canceló.</translation>
    </message>
    <message>
        <source>In effect.</source>
        <translation>Vigente.</translation>
    </message>
    <message>
        <source>No longer in effect.</source>
        <translation>Ya no está vigente.</translation>
    </message>
    <message>
        <source>Not final yet.</source>
        <translation>Todavía no es definitiva.</translation>
    </message>
    <message>
        <source>Made by mistake and not counted.</source>
        <translation>Hecha por error y no cuenta.</translation>
    </message>
    <message>
        <source>The first day of the care on this claim.</source>
        <translation>El primer día de la atención de esta reclamación.</translation>
    </message>
    <message>
        <source>The last day of the care on this claim.</source>
        <translation>El último día de la atención de esta reclamación.</translation>
    </message>
    <message>
        <source>Who gave the care or filled the prescription: a doctor, hospital, supplier or pharmacy.</source>
        <translation>Quién dio la atención o surtió la receta: un médico, un hospital, un proveedor o una farmacia.</translation>
    </message>
    <message>
        <source>The main health problem the care was for, or the medicine filled.</source>
        <translation>El principal problema de salud que se atendió, o el medicamento surtido.</translation>
    </message>
    <message>
        <source>Medicare's number for this claim. Use it if you call Medicare about the claim.</source>
        <translation>El número de Medicare para esta reclamación. Úselo si llama a Medicare por la reclamación.</translation>
    </message>
    <message>
        <source>The claim in one sentence: the kind of care, who, when, and the money.</source>
        <translation>La reclamación en una frase: el tipo de atención, quién, cuándo y el dinero.</translation>
    </message>
    <message>
        <source>The number of the service on the claim.</source>
        <translation>El número del servicio en la reclamación.</translation>
    </message>
    <message>
        <source>The service or item, by its billing code.</source>
        <translation>El servicio o artículo, por su código de facturación.</translation>
    </message>
    <message>
        <source>Extra codes that tell more about how a service was done.</source>
        <translation>Códigos adicionales que dicen más sobre cómo se hizo un servicio.</translation>
    </message>
    <message>
        <source>The day of the service.</source>
        <translation>El día del servicio.</translation>
    </message>
    <message>
        <source>How many were given or done.</source>
        <translation>Cuántos se dieron o se hicieron.</translation>
    </message>
    <message>
        <source>Where the care happened, such as an office or a hospital.</source>
        <translation>Dónde se dio la atención, como un consultorio o un hospital.</translation>
    </message>
    <message>
        <source>The order in which Medicare lists it.</source>
        <translation>El orden en que Medicare lo indica.</translation>
    </message>
    <message>
        <source>The code Medicare sent.</source>
        <translation>El código que envió Medicare.</translation>
    </message>
    <message>
        <source>What the code means.</source>
        <translation>Qué significa el código.</translation>
    </message>
    <message>
        <source>The list of codes the code comes from, such as ICD-10 for diagnoses.</source>
        <translation>La lista de códigos de la que viene el código, como la CIE-10 para los diagnósticos.</translation>
    </message>
    <message>
        <source>What role this diagnosis plays on the claim; the principal one is the main reason for the care.</source>
        <translation>Qué papel tiene este diagnóstico en la reclamación; el principal es el motivo más importante de la atención.</translation>
    </message>
    <message>
        <source>Whether the problem already existed when you were admitted to the hospital.</source>
        <translation>Si el problema ya existía cuando usted ingresó en el hospital.</translation>
    </message>
    <message>
        <source>The person's name.</source>
        <translation>El nombre de la persona.</translation>
    </message>
    <message>
        <source>What the person did for this claim, such as treating or prescribing.</source>
        <translation>Lo que hizo la persona en esta reclamación, como tratar o recetar.</translation>
    </message>
    <message>
        <source>The provider's national number (NPI) or other ID.</source>
        <translation>El número nacional del proveedor (NPI) u otra identificación.</translation>
    </message>
    <message>
        <source>The provider's field of medicine.</source>
        <translation>La especialidad médica del proveedor.</translation>
    </message>
    <message>
        <source>Other facts Medicare sent with the claim.</source>
        <translation>Otros datos que Medicare envió con la reclamación.</translation>
    </message>
    <message>
        <source>What Medicare sent for it.</source>
        <translation>Lo que Medicare envió para ello.</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>El primer día.</translation>
    </message>
    <message>
        <source>The last day.</source>
        <translation>El último día.</translation>
    </message>
    <message>
        <source>NPI: the National Provider Identifier, a 10-digit number every health care provider has.</source>
        <translation>NPI: el Identificador Nacional del Proveedor, un número de 10 dígitos que tiene cada proveedor de salud.</translation>
    </message>
    <message>
        <source>NDC: the National Drug Code, the number that names a medicine, its strength and its package.</source>
        <translation>NDC: el Código Nacional de Medicamentos, el número que identifica un medicamento, su concentración y su envase.</translation>
    </message>
    <message>
        <source>The claim exactly as Medicare sent it, in the FHIR computer format. For experts; nothing there is missing from the other tabs' meaning.</source>
        <translation>La reclamación tal como la envió Medicare, en el formato informático FHIR. Para expertos; su contenido ya se muestra en las otras pestañas.</translation>
    </message>
    <message>
        <source>Every coded field Medicare sent for this record, with what it means.</source>
        <translation>Cada campo con código que Medicare envió para este registro, con lo que significa.</translation>
    </message>
    <message>
        <source>Which part of the record the code is in: the whole claim or one line.</source>
        <translation>En qué parte del registro está el código: la reclamación entera o una línea.</translation>
    </message>
    <message>
        <source>The name of the field.</source>
        <translation>El nombre del campo.</translation>
    </message>
    <message>
        <source>What the code means, in plain words when the app knows them.</source>
        <translation>Qué significa el código, en palabras sencillas cuando la aplicación las conoce.</translation>
    </message>
    <message>
        <source>The medicine's name and strength.</source>
        <translation>El nombre y la concentración del medicamento.</translation>
    </message>
    <message>
        <source>The first time this medicine was filled.</source>
        <translation>La primera vez que se surtió este medicamento.</translation>
    </message>
    <message>
        <source>The last time this medicine was filled.</source>
        <translation>La última vez que se surtió este medicamento.</translation>
    </message>
    <message>
        <source>How many times it was filled.</source>
        <translation>Cuántas veces se surtió.</translation>
    </message>
    <message>
        <source>How many days the medicine is meant to last.</source>
        <translation>Cuántos días debe durar el medicamento.</translation>
    </message>
    <message>
        <source>The pharmacy that filled the prescription.</source>
        <translation>La farmacia que surtió la receta.</translation>
    </message>
    <message>
        <source>The clinician who wrote the prescription.</source>
        <translation>El profesional que escribió la receta.</translation>
    </message>
    <message>
        <source>The Medicare plan or contract for this part, when there is one.</source>
        <translation>El plan o contrato de Medicare para esta parte, cuando lo hay.</translation>
    </message>
    <message>
        <source>Facts about your Medicare for this part, in plain words.</source>
        <translation>Datos de su Medicare para esta parte, en palabras sencillas.</translation>
    </message>
    <message>
        <source>Why you have Medicare: age, disability or kidney failure.</source>
        <translation>Por qué tiene Medicare: edad, discapacidad o insuficiencia renal.</translation>
    </message>
    <message>
        <source>Why you first got Medicare.</source>
        <translation>Por qué obtuvo Medicare por primera vez.</translation>
    </message>
    <message>
        <source>Why you have Medicare now.</source>
        <translation>Por qué tiene Medicare ahora.</translation>
    </message>
    <message>
        <source>Whether Medicare knows of end-stage kidney disease (ESRD), the kind that needs dialysis or a transplant.</source>
        <translation>Si Medicare sabe de una enfermedad renal terminal (ESRD), la que necesita diálisis o un trasplante.</translation>
    </message>
    <message>
        <source>Whether you also have Medicaid, your state's health help, and what it pays.</source>
        <translation>Si también tiene Medicaid, la ayuda de salud de su estado, y qué paga.</translation>
    </message>
    <message>
        <source>Whether and why this part of Medicare ended.</source>
        <translation>Si esta parte de Medicare terminó y por qué.</translation>
    </message>
    <message>
        <source>The group the coverage belongs to.</source>
        <translation>El grupo al que pertenece la cobertura.</translation>
    </message>
    <message>
        <source>The number of the plan's contract with Medicare.</source>
        <translation>El número del contrato del plan con Medicare.</translation>
    </message>
    <message>
        <source>The number of the plan's benefit package.</source>
        <translation>El número del paquete de beneficios del plan.</translation>
    </message>
    <message>
        <source>Who pays for this coverage.</source>
        <translation>Quién paga esta cobertura.</translation>
    </message>
    <message>
        <source>Your relation to the person the coverage is for.</source>
        <translation>Su relación con la persona a la que cubre la cobertura.</translation>
    </message>
    <message>
        <source>The year this record describes.</source>
        <translation>El año que describe este registro.</translation>
    </message>
    <message>
        <source>Medicare's number for this record.</source>
        <translation>El número de Medicare para este registro.</translation>
    </message>
    <message>
        <source>Your date of birth, as Medicare has it.</source>
        <translation>Su fecha de nacimiento, según Medicare.</translation>
    </message>
    <message>
        <source>Your sex, as Medicare has it.</source>
        <translation>Su sexo, según Medicare.</translation>
    </message>
    <message>
        <source>The state and ZIP code Medicare has for you. Medicare shares no street address.</source>
        <translation>El estado y el código postal que Medicare tiene de usted. Medicare no comparte la dirección.</translation>
    </message>
    <message>
        <source>Your race, as Medicare has it.</source>
        <translation>Su raza, según Medicare.</translation>
    </message>
    <message>
        <source>Your ethnicity, as Medicare has it.</source>
        <translation>Su origen étnico, según Medicare.</translation>
    </message>
    <message>
        <source>Your Medicare number, as on your red, white and blue card. Keep it private.</source>
        <translation>Su número de Medicare, como en su tarjeta roja, blanca y azul. Manténgalo en privado.</translation>
    </message>
    <message>
        <source>The date of death Medicare has.</source>
        <translation>La fecha de fallecimiento que tiene Medicare.</translation>
    </message>
    <message>
        <source>When Medicare last changed this record.</source>
        <translation>Cuándo cambió Medicare este registro por última vez.</translation>
    </message>
</context>
<context>
    <name>bb::codes::Texts</name>
    <message>
        <source>code %1 (Medicare sent no description)</source>
        <translation>código %1 (Medicare no envió descripción)</translation>
    </message>
    <message>
        <source>%1 (Medicare sent no description)</source>
        <translation>%1 (Medicare no envió descripción)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: explanation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A value as Medicare sent it, not a code.</source>
        <translation>Un valor tal como lo envió Medicare, no un código.</translation>
    </message>
    <message>
        <source>Medicare sent no description, and this field is not in the CMS codebooks the app carries.</source>
        <translation>Medicare no envió descripción y este campo no está en los libros de códigos de CMS que trae la aplicación.</translation>
    </message>
    <message>
        <source>Medicare sent no description, and the CMS codebook does not list this code.</source>
        <translation>Medicare no envió descripción y el libro de códigos de CMS no incluye este código.</translation>
    </message>
    <message>
        <source>Medicare sent no description. The codebook's meaning of this code depends on another field that this record does not have.</source>
        <translation>Medicare no envió descripción. El significado de este código en el libro de códigos depende de otro campo que este registro no tiene.</translation>
    </message>
    <message>
        <source>Medicare sent no description, and the CMS codebook gives this code more than one meaning.</source>
        <translation>Medicare no envió descripción y el libro de códigos de CMS da a este código más de un significado.</translation>
    </message>
    <message>
        <source>Description as Medicare sent it.</source>
        <translation>Descripción tal como la envió Medicare.</translation>
    </message>
    <message>
        <source>In plain words.</source>
        <translation>En palabras sencillas.</translation>
    </message>
    <message>
        <source>In plain words. Medicare's text: %1</source>
        <translation>En palabras sencillas. Texto de Medicare: %1</translation>
    </message>
    <message>
        <source>Medicare sent no description; this one is from the CMS codebook.</source>
        <translation>Medicare no envió descripción; esta viene del libro de códigos de CMS.</translation>
    </message>
    <message>
        <source>Service code (HCPCS)</source>
        <translation>Código de servicio (HCPCS)</translation>
    </message>
    <message>
        <source>Service code (CPT)</source>
        <translation>Código de servicio (CPT)</translation>
    </message>
    <message>
        <source>Drug code (NDC)</source>
        <translation>Código de medicamento (NDC)</translation>
    </message>
    <message>
        <source>Diagnosis code (ICD-10)</source>
        <translation>Código de diagnóstico (CIE-10)</translation>
    </message>
    <message>
        <source>Diagnosis code (ICD-9)</source>
        <translation>Código de diagnóstico (CIE-9)</translation>
    </message>
    <message>
        <source>Procedure code (ICD-10)</source>
        <translation>Código de procedimiento (CIE-10)</translation>
    </message>
    <message>
        <source>Provider number (NPI)</source>
        <translation>Número del proveedor (NPI)</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Tipo de reclamación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>field, month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Age 65 or older, no kidney failure</source>
        <translation>65 años o más, sin insuficiencia renal</translation>
    </message>
    <message>
        <source>Age 65 or older, with kidney failure (ESRD)</source>
        <translation>65 años o más, con insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>Disability, no kidney failure</source>
        <translation>Discapacidad, sin insuficiencia renal</translation>
    </message>
    <message>
        <source>Disability, with kidney failure (ESRD)</source>
        <translation>Discapacidad, con insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>Kidney failure (ESRD) only</source>
        <translation>Solo insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>Age (retirement or survivor benefits)</source>
        <translation>Edad (beneficios de jubilación o de sobreviviente)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Kidney failure (ESRD)</source>
        <translation>Insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>Disability and kidney failure (ESRD)</source>
        <translation>Discapacidad e insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>Has kidney failure (ESRD)</source>
        <translation>Tiene insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>No kidney failure (ESRD)</source>
        <translation>Sin insuficiencia renal (ESRD)</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>No terminó</translation>
    </message>
    <message>
        <source>Ended: death</source>
        <translation>Terminó: fallecimiento</translation>
    </message>
    <message>
        <source>Ended: premium not paid</source>
        <translation>Terminó: prima no pagada</translation>
    </message>
    <message>
        <source>Ended: the person left</source>
        <translation>Terminó: la persona se retiró</translation>
    </message>
    <message>
        <source>Ended for another reason</source>
        <translation>Terminó por otro motivo</translation>
    </message>
    <message>
        <source>Medicare Part A or B, no Part D data</source>
        <translation>Medicare Parte A o B, sin datos de la Parte D</translation>
    </message>
    <message>
        <source>No Medicaid</source>
        <translation>Sin Medicaid</translation>
    </message>
    <message>
        <source>Not in Medicare that month</source>
        <translation>Sin Medicare ese mes</translation>
    </message>
    <message>
        <source>Medicaid helps with Medicare costs (QMB only)</source>
        <translation>Medicaid ayuda con los costos de Medicare (solo QMB)</translation>
    </message>
    <message>
        <source>Medicaid helps with Medicare costs (QMB) and full Medicaid</source>
        <translation>Medicaid ayuda con los costos de Medicare (QMB) y Medicaid completo</translation>
    </message>
    <message>
        <source>Medicaid helps with Medicare costs (SLMB only)</source>
        <translation>Medicaid ayuda con los costos de Medicare (solo SLMB)</translation>
    </message>
    <message>
        <source>Medicaid helps with Medicare costs (SLMB) and full Medicaid</source>
        <translation>Medicaid ayuda con los costos de Medicare (SLMB) y Medicaid completo</translation>
    </message>
    <message>
        <source>Medicaid helps with Medicare costs (QDWI)</source>
        <translation>Medicaid ayuda con los costos de Medicare (QDWI)</translation>
    </message>
    <message>
        <source>Medicaid helps with Medicare costs (QI)</source>
        <translation>Medicaid ayuda con los costos de Medicare (QI)</translation>
    </message>
    <message>
        <source>Full Medicaid, including drugs</source>
        <translation>Medicaid completo, con medicamentos</translation>
    </message>
    <message>
        <source>Medicare and Medicaid, without Medicaid coverage</source>
        <translation>Medicare y Medicaid, sin cobertura de Medicaid</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not entitled</source>
        <translation>Sin derecho</translation>
    </message>
    <message>
        <source>Part A only</source>
        <translation>Solo Parte A</translation>
    </message>
    <message>
        <source>Part B only</source>
        <translation>Solo Parte B</translation>
    </message>
    <message>
        <source>Part A and Part B</source>
        <translation>Parte A y Parte B</translation>
    </message>
    <message>
        <source>Part A, the state pays</source>
        <translation>Parte A, la paga el estado</translation>
    </message>
    <message>
        <source>Part B, the state pays</source>
        <translation>Parte B, la paga el estado</translation>
    </message>
    <message>
        <source>Part A and Part B, the state pays</source>
        <translation>Parte A y Parte B, las paga el estado</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanca</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negra</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiática</translation>
    </message>
    <message>
        <source>Hispanic</source>
        <translation>Hispana</translation>
    </message>
    <message>
        <source>North American Native</source>
        <translation>Nativa de América del Norte</translation>
    </message>
    <message>
        <source>Home health care</source>
        <translation>Atención médica en el hogar</translation>
    </message>
    <message>
        <source>Skilled nursing facility</source>
        <translation>Centro de enfermería especializada</translation>
    </message>
    <message>
        <source>Skilled nursing (swing bed)</source>
        <translation>Enfermería especializada (cama de transición)</translation>
    </message>
    <message>
        <source>Hospital outpatient</source>
        <translation>Hospital, atención ambulatoria</translation>
    </message>
    <message>
        <source>Hospice</source>
        <translation>Cuidados paliativos</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Estancia en el hospital</translation>
    </message>
    <message>
        <source>Doctor or other provider</source>
        <translation>Médico u otro proveedor</translation>
    </message>
    <message>
        <source>Medical equipment from a local supplier</source>
        <translation>Equipo médico de un proveedor local</translation>
    </message>
    <message>
        <source>Doctor or supplier (regional)</source>
        <translation>Médico o proveedor (regional)</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation>Equipo médico</translation>
    </message>
    <message>
        <source>Why you have Medicare</source>
        <translation>Por qué tiene Medicare</translation>
    </message>
    <message>
        <source>First reason for Medicare</source>
        <translation>Primer motivo de Medicare</translation>
    </message>
    <message>
        <source>Current reason for Medicare</source>
        <translation>Motivo actual de Medicare</translation>
    </message>
    <message>
        <source>Part A ended</source>
        <translation>Fin de la Parte A</translation>
    </message>
    <message>
        <source>Part B ended</source>
        <translation>Fin de la Parte B</translation>
    </message>
    <message>
        <source>Medicare–Medicaid status</source>
        <translation>Situación Medicare–Medicaid</translation>
    </message>
    <message>
        <source>Medicare parts and state help</source>
        <translation>Partes de Medicare y ayuda del estado</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Year of this record</source>
        <translation>Año de este registro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Provider's state</source>
        <translation>Estado del proveedor</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar del servicio</translation>
    </message>
    <message>
        <source>Provider specialty</source>
        <translation>Especialidad del proveedor</translation>
    </message>
    <message>
        <source>Where the patient went after the stay</source>
        <translation>Adónde fue el paciente después de la estancia</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Tipo de centro</translation>
    </message>
    <message>
        <source>Hospital department or service (revenue center)</source>
        <translation>Departamento o servicio del hospital (centro de ingresos)</translation>
    </message>
    <message>
        <source>Claim control number</source>
        <translation>Número de control de la reclamación</translation>
    </message>
    <message>
        <source>Amount paid to the provider</source>
        <translation>Cantidad pagada al proveedor</translation>
    </message>
</context>
<context>
    <name>bb::exporting</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1: the folder has no .json files</source>
        <translation>%1: la carpeta no tiene archivos .json</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>this is an error response from the server (%1), not data to export</source>
        <translation>esto es una respuesta de error del servidor (%1), no datos para exportar</translation>
    </message>
    <message>
        <source>this is an error response from the server, not data to export; the server said: %1</source>
        <translation>esto es una respuesta de error del servidor, no datos para exportar; el servidor dijo: %1</translation>
    </message>
    <message>
        <source>this is the account information the server gives at sign-in (userinfo, patient %1), not data to export; export the Patient resource instead</source>
        <translation>esto es la información de la cuenta que el servidor da al iniciar sesión (userinfo, paciente %1), no datos para exportar; exporte en su lugar el recurso Patient</translation>
    </message>
</context>
<context>
    <name>bb::exporting::ClaimsCsv</name>
    <message>
        <source>Claim ID</source>
        <translation>ID de la reclamación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Amount billed</source>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Medicare-approved amount</source>
        <translation>Cantidad aprobada por Medicare</translation>
    </message>
    <message>
        <source>Medicare paid</source>
        <translation>Medicare pagó</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>Coinsurance</source>
        <translation>Coseguro</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>Usted pagó</translation>
    </message>
    <message>
        <source>You may owe</source>
        <translation>Usted podría deber</translation>
    </message>
    <message>
        <source>Other insurance paid</source>
        <translation>Otro seguro pagó</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>No cubierto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Provider NPI</source>
        <translation>NPI del proveedor</translation>
    </message>
    <message>
        <source>Provider or pharmacy</source>
        <translation>Proveedor o farmacia</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Diagnóstico principal</translation>
    </message>
    <message>
        <source>Diagnosis codes</source>
        <translation>Códigos de diagnóstico</translation>
    </message>
    <message>
        <source>Drug code (NDC)</source>
        <translation>Código de medicamento (NDC)</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Days' supply</source>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Código de servicio</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Sistema de códigos</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Revenue center</source>
        <translation>Centro de ingresos</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar del servicio</translation>
    </message>
</context>
<context>
    <name>bb::exporting::ModelCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::fhir</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>a text value is not closed (the data may be cut off)</source>
        <translation>un valor de texto no está cerrado (los datos pueden estar cortados)</translation>
    </message>
    <message>
        <source>the data ends too early (it may be cut off)</source>
        <translation>los datos terminan antes de tiempo (pueden estar cortados)</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>los datos están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>el texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the data is too large</source>
        <translation>los datos son demasiado grandes</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>esto no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>not a FHIR resource: the document is not a JSON object</source>
        <translation>no es un recurso FHIR: el documento no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>bb::fhir::AmountMeaning</name>
    <message>
        <source>Other amount</source>
        <translation>Otro importe</translation>
    </message>
    <message>
        <source>Amount billed</source>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Medicare-approved amount</source>
        <translation>Cantidad aprobada por Medicare</translation>
    </message>
    <message>
        <source>Medicare paid</source>
        <translation>Medicare pagó</translation>
    </message>
    <message>
        <source>Paid to provider</source>
        <translation>Pagado al proveedor</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>Pagado a usted</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>Coinsurance</source>
        <translation>Coseguro</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>Usted pagó</translation>
    </message>
    <message>
        <source>Other insurance paid</source>
        <translation>Otro seguro pagó</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>No cubierto</translation>
    </message>
    <message>
        <source>Drug cost</source>
        <translation>Costo del medicamento</translation>
    </message>
</context>
<context>
    <name>bb::fhir::ClaimType</name>
    <message>
        <source>Doctor/supplier</source>
        <translation>Médico/proveedor</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation>Equipo médico</translation>
    </message>
    <message>
        <source>Home health</source>
        <translation>Salud en el hogar</translation>
    </message>
    <message>
        <source>Hospice</source>
        <translation>Hospicio</translation>
    </message>
    <message>
        <source>Inpatient hospital</source>
        <translation>Hospital (paciente internado)</translation>
    </message>
    <message>
        <source>Outpatient hospital</source>
        <translation>Hospital (paciente ambulatorio)</translation>
    </message>
    <message>
        <source>Prescription drug</source>
        <translation>Medicamento recetado</translation>
    </message>
    <message>
        <source>Skilled nursing</source>
        <translation>Centro de enfermería especializada</translation>
    </message>
    <message>
        <source>Unknown claim type</source>
        <translation>Tipo de reclamación desconocido</translation>
    </message>
</context>
<context>
    <name>bb::fhir::DocumentReader</name>
    <message>
        <source>expected a FHIR resource (a JSON object)</source>
        <translation>se esperaba un recurso FHIR (un objeto JSON)</translation>
    </message>
    <message>
        <source>a claim without an id was skipped</source>
        <translation>se omitió una reclamación sin identificador</translation>
    </message>
    <message>
        <source>a patient without an id was skipped</source>
        <translation>se omitió un paciente sin identificador</translation>
    </message>
    <message>
        <source>a coverage without an id was skipped</source>
        <translation>se omitió una cobertura sin identificador</translation>
    </message>
    <message>
        <source>not a FHIR resource: "resourceType" is missing</source>
        <translation>no es un recurso FHIR: falta "resourceType"</translation>
    </message>
    <message>
        <source>unsupported resource type "%1"</source>
        <translation>tipo de recurso no admitido "%1"</translation>
    </message>
    <message>
        <source>a bundle entry has no resource</source>
        <translation>una entrada del paquete no tiene recurso</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>the claim's amounts add up to more than can be counted, so it cannot be shown correctly and was skipped</source>
        <translation>los importes de la reclamación suman más de lo que se puede contar, así que no se puede mostrar correctamente y se omitió</translation>
    </message>
</context>
<context>
    <name>bb::fhir::ParseError</name>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
</context>
<context>
    <name>bb::login::AddressIndicator</name>
    <message>
        <source>Not secure</source>
        <translation>No es seguro</translation>
    </message>
    <message>
        <source>No page loaded</source>
        <translation>No hay ninguna página cargada</translation>
    </message>
    <message>
        <source>Secure connection to %1</source>
        <translation>Conexión segura con %1</translation>
    </message>
    <message>
        <source>Connection to %1 is not secure</source>
        <translation>La conexión con %1 no es segura</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>bb::login::LoginDialog</name>
    <message>
        <source>Could not reach %1. Check your internet connection, then try again.</source>
        <translation>No se pudo conectar con %1. Compruebe su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified, so its page was not shown. Your connection may be intercepted.</source>
        <translation>No se pudo verificar la identidad de %1, así que no se mostró su página. Es posible que su conexión esté siendo interceptada.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 respondió con un error (HTTP %2). Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>The login page of %1 could not be loaded (%2).</source>
        <translation>No se pudo cargar la página de inicio de sesión de %1 (%2).</translation>
    </message>
    <message>
        <source>Log in to Medicare</source>
        <translation>Iniciar sesión en Medicare</translation>
    </message>
    <message>
        <source>The login page stopped working.</source>
        <translation>La página de inicio de sesión dejó de funcionar.</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Carga de la página</translation>
    </message>
    <message>
        <source>Medicare login page</source>
        <translation>Página de inicio de sesión de Medicare</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry loading the page</source>
        <translation>Volver a cargar la página</translation>
    </message>
    <message>
        <source>Cancel the login</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>A link to %1 was blocked: only the Medicare login may be shown here.</source>
        <translation>Se bloqueó un enlace a %1: aquí solo se puede mostrar el inicio de sesión de Medicare.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>bb::login::LoginMessage</name>
    <message>
        <source>Connected to Medicare</source>
        <translation>Conectado a Medicare</translation>
    </message>
    <message>
        <source>Medicare login</source>
        <translation>Inicio de sesión de Medicare</translation>
    </message>
    <message>
        <source>Medicare login failed</source>
        <translation>Falló el inicio de sesión de Medicare</translation>
    </message>
</context>
<context>
    <name>bb::models::CareTeamModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>NPI or ID</source>
        <translation>NPI o identificador</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
</context>
<context>
    <name>bb::models::Cell</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of service dates: first day – last day.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>bb::models::ClaimListModel</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Provider or pharmacy</source>
        <translation>Proveedor o farmacia</translation>
    </message>
    <message>
        <source>Diagnosis or drug</source>
        <translation>Diagnóstico o medicamento</translation>
    </message>
    <message>
        <source>Amount billed</source>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Medicare or plan paid</source>
        <translation>Pagado por Medicare o el plan</translation>
    </message>
    <message>
        <source>You may owe</source>
        <translation>Usted podría deber</translation>
    </message>
    <message>
        <source>Claim ID</source>
        <translation>ID de la reclamación</translation>
    </message>
    <message>
        <source>Totals cover %1 of %2 claims</source>
        <extracomment>%1 claims loaded so far, %2 claims the server has.</extracomment>
        <translation>Los totales incluyen %1 de %2 reclamaciones</translation>
    </message>
    <message>
        <source>Unknown claim type (%1)</source>
        <extracomment>%1 is the claim type code exactly as the server sent it.</extracomment>
        <translation>Tipo de reclamación desconocido (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Totals cover %Ln claim(s) of an unknown number</source>
        <translation>
            <numerusform>Los totales incluyen %Ln reclamación de un número desconocido</numerusform>
            <numerusform>Los totales incluyen %Ln reclamaciones de un número desconocido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::ClaimSentence</name>
    <message>
        <source>Doctor visit with %1</source>
        <translation>Visita médica con %1</translation>
    </message>
    <message>
        <source>Doctor visit</source>
        <translation>Visita médica</translation>
    </message>
    <message>
        <source>Medical equipment from %1</source>
        <translation>Equipo médico de %1</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation>Equipo médico</translation>
    </message>
    <message>
        <source>Home health care from %1</source>
        <translation>Atención médica en el hogar de %1</translation>
    </message>
    <message>
        <source>Home health care</source>
        <translation>Atención médica en el hogar</translation>
    </message>
    <message>
        <source>Hospice care from %1</source>
        <translation>Cuidados paliativos de %1</translation>
    </message>
    <message>
        <source>Hospice care</source>
        <translation>Cuidados paliativos</translation>
    </message>
    <message>
        <source>Hospital stay at %1</source>
        <translation>Estancia en el hospital %1</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Estancia en el hospital</translation>
    </message>
    <message>
        <source>Hospital outpatient care at %1</source>
        <translation>Atención ambulatoria en el hospital %1</translation>
    </message>
    <message>
        <source>Hospital outpatient care</source>
        <translation>Atención ambulatoria en el hospital</translation>
    </message>
    <message>
        <source>Skilled nursing stay at %1</source>
        <translation>Estancia de enfermería especializada en %1</translation>
    </message>
    <message>
        <source>Skilled nursing stay</source>
        <translation>Estancia de enfermería especializada</translation>
    </message>
    <message>
        <source>Prescription filled at %1</source>
        <translation>Receta surtida en %1</translation>
    </message>
    <message>
        <source>Prescription filled</source>
        <translation>Receta surtida</translation>
    </message>
    <message>
        <source>Claim from %1</source>
        <translation>Reclamación de %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>Claim sentence: %1 a long date.</extracomment>
        <translation>el %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>Claim sentence: %1 and %2 long dates.</extracomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Claim sentence of a prescription: %1 "Prescription filled at &lt;pharmacy&gt;", %2 the drug.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Claim sentence: %1 what and who, %2 "on &lt;date&gt;" or "from &lt;date&gt; to &lt;date&gt;".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the claim sentences and the visit summary (QDate format): "3 March 2024".</extracomment>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>your plan paid %1</source>
        <extracomment>Claim sentence: what the drug plan paid.</extracomment>
        <translation>su plan pagó %1</translation>
    </message>
    <message>
        <source>you paid %1</source>
        <extracomment>Claim sentence: what the person paid at the pharmacy.</extracomment>
        <translation>usted pagó %1</translation>
    </message>
    <message>
        <source>Medicare paid %1</source>
        <extracomment>Claim sentence: what Medicare paid.</extracomment>
        <translation>Medicare pagó %1</translation>
    </message>
    <message>
        <source>you may owe %1</source>
        <extracomment>Claim sentence: deductible plus coinsurance.</extracomment>
        <translation>usted podría deber %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Claim sentence: %1 what, who and when, %2 the amounts.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bb::models::ClaimSummaryModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>Servicio desde</translation>
    </message>
    <message>
        <source>Service to</source>
        <translation>Servicio hasta</translation>
    </message>
    <message>
        <source>Provider or pharmacy</source>
        <translation>Proveedor o farmacia</translation>
    </message>
    <message>
        <source>Provider NPI</source>
        <translation>NPI del proveedor</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Diagnosis or drug</source>
        <translation>Diagnóstico o medicamento</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Recetador</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Days' supply</source>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>Fill number</source>
        <translation>Número de surtido</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Diagnosis-related group</source>
        <translation>Grupo relacionado con el diagnóstico</translation>
    </message>
    <message>
        <source>Claim received</source>
        <translation>Reclamación recibida</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>You may owe</source>
        <translation>Usted podría deber</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Estado de la reclamación</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Número de reclamación</translation>
    </message>
    <message>
        <source>Claim ID</source>
        <translation>ID de la reclamación</translation>
    </message>
</context>
<context>
    <name>bb::models::ClaimTypesModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A claim type checkbox: %1 the type, %2 how many claims of that type were loaded.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bb::models::CodedFieldsModel</name>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Supporting information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Code as sent</source>
        <translation>Código enviado</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
</context>
<context>
    <name>bb::models::CoverageDetailModel</name>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Coverage start</source>
        <translation>Inicio de la cobertura</translation>
    </message>
    <message>
        <source>Coverage end</source>
        <translation>Fin de la cobertura</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Plan benefit package</source>
        <translation>Paquete de beneficios del plan</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Reference year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <source>Coverage ID</source>
        <translation>ID de la cobertura</translation>
    </message>
</context>
<context>
    <name>bb::models::CoverageModel</name>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Plan or contract</source>
        <translation>Plan o contrato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Part A (hospital)</source>
        <translation>Parte A (hospital)</translation>
    </message>
    <message>
        <source>Part B (medical)</source>
        <translation>Parte B (médica)</translation>
    </message>
    <message>
        <source>Part C (Medicare Advantage)</source>
        <translation>Parte C (Medicare Advantage)</translation>
    </message>
    <message>
        <source>Part D (drugs)</source>
        <translation>Parte D (medicamentos)</translation>
    </message>
    <message>
        <source>Unknown part</source>
        <translation>Parte desconocida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrada por error</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (Medicare's text: %2)</source>
        <translation>%1 (texto de Medicare: %2)</translation>
    </message>
</context>
<context>
    <name>bb::models::DataNotes</name>
    <message>
        <source>(a date in the future, as Medicare sent it)</source>
        <extracomment>After a coverage start date later than today.</extracomment>
        <translation>(una fecha futura, tal como la envió Medicare)</translation>
    </message>
    <message numerus="yes">
        <source>(more than the %Ln day(s) of the stay, as Medicare sent it)</source>
        <extracomment>After the days Medicare covered when they are more than the stay lasted.</extracomment>
        <translation>
            <numerusform>(más que el %Ln día de la estancia, tal como lo envió Medicare)</numerusform>
            <numerusform>(más que los %Ln días de la estancia, tal como lo envió Medicare)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::DiagnosesModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Sistema de códigos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Present on admission</source>
        <translation>Presente al ingreso</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Admitting</source>
        <translation>De ingreso</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>External cause of injury</source>
        <translation>Causa externa de la lesión</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>Motivo de la visita</translation>
    </message>
</context>
<context>
    <name>bb::models::DrugsModel</name>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>First fill</source>
        <translation>Primer surtido</translation>
    </message>
    <message>
        <source>Last fill</source>
        <translation>Último surtido</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Surtidos</translation>
    </message>
    <message>
        <source>Days' supply</source>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Costo total</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>Usted pagó</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pharmacies</source>
        <translation>
            <numerusform>%Ln farmacia</numerusform>
            <numerusform>%Ln farmacias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::models::EmptyListText</name>
    <message>
        <source>No claims yet. Claims appear here as they arrive from Medicare.</source>
        <extracomment>Empty claims list before any claim arrived (or the person has none).</extracomment>
        <translation>Aún no hay reclamaciones. Aparecen aquí a medida que llegan de Medicare.</translation>
    </message>
    <message>
        <source>No claims in the chosen dates.</source>
        <extracomment>Empty claims list: the date filter left nothing.</extracomment>
        <translation>No hay reclamaciones en las fechas elegidas.</translation>
    </message>
    <message>
        <source>Your newest claim is from %1.</source>
        <extracomment>Empty claims list: %1 is the service date of the newest claim, in words.</extracomment>
        <translation>Su reclamación más reciente es del %1.</translation>
    </message>
    <message>
        <source>Choose "All dates" to see every claim.</source>
        <extracomment>Empty claims list: what to do. "All dates" is the date filter's first choice.</extracomment>
        <translation>Elija «Todas las fechas» para ver todas las reclamaciones.</translation>
    </message>
    <message numerus="yes">
        <source>None of your %Ln claim(s) match the filters.</source>
        <extracomment>Empty claims list: filters left nothing; %Ln is how many claims there are in all.</extracomment>
        <translation>
            <numerusform>Su %Ln reclamación no coincide con los filtros.</numerusform>
            <numerusform>Ninguna de sus %Ln reclamaciones coincide con los filtros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search, tick more claim types or choose "All dates".</source>
        <extracomment>Empty claims list: what to do.</extracomment>
        <translation>Borre la búsqueda, marque más tipos de reclamación o elija «Todas las fechas».</translation>
    </message>
    <message>
        <source>No prescription drug claims. Fills covered by a Medicare drug plan (Part D) appear here.</source>
        <extracomment>Empty Drugs tab: the person has no prescription drug claims (yet).</extracomment>
        <translation>No hay reclamaciones de medicamentos recetados. Aquí aparecen los surtidos cubiertos por un plan de medicamentos de Medicare (Parte D).</translation>
    </message>
    <message numerus="yes">
        <source>None of your %Ln prescription fill(s) match the filters.</source>
        <extracomment>Empty Drugs tab: the filters leave no prescription; %Ln is how many there are in all.</extracomment>
        <translation>
            <numerusform>Su %Ln surtido de receta no coincide con los filtros.</numerusform>
            <numerusform>Ninguno de sus %Ln surtidos de receta coincide con los filtros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search or choose "All dates".</source>
        <extracomment>Empty Drugs tab: what to do.</extracomment>
        <translation>Borre la búsqueda o elija «Todas las fechas».</translation>
    </message>
    <message>
        <source>Nothing to pay or owe for services in the last 12 months.</source>
        <extracomment>Under the monthly chart: claims in the last 12 months, none with anything to pay.</extracomment>
        <translation>Nada que pagar ni adeudar por servicios de los últimos 12 meses.</translation>
    </message>
    <message>
        <source>No claims in the last 12 months.</source>
        <extracomment>Under the monthly chart when no claim falls in the last 12 months.</extracomment>
        <translation>No hay reclamaciones en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>The Claims tab shows every date.</source>
        <extracomment>Under the empty monthly chart: where to see older claims.</extracomment>
        <translation>La pestaña Reclamaciones muestra todas las fechas.</translation>
    </message>
</context>
<context>
    <name>bb::models::KeyValueModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>bb::models::LineItemsModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar del servicio</translation>
    </message>
    <message>
        <source>Amount billed</source>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Medicare-approved</source>
        <translation>Aprobado por Medicare</translation>
    </message>
    <message>
        <source>Medicare paid</source>
        <translation>Medicare pagó</translation>
    </message>
    <message>
        <source>You may owe</source>
        <translation>Usted podría deber</translation>
    </message>
</context>
<context>
    <name>bb::models::MonthlyPaidModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>You may owe</source>
        <translation>Usted podría deber</translation>
    </message>
</context>
<context>
    <name>bb::models::PatientModel</name>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Medicare number (MBI)</source>
        <translation>Número de Medicare (MBI)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Medicare–Medicaid status</source>
        <translation>Estado Medicare–Medicaid</translation>
    </message>
    <message>
        <source>Reference year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <source>Beneficiary ID</source>
        <translation>ID del beneficiario</translation>
    </message>
    <message>
        <source>Identifier (%1)</source>
        <translation>Identificador (%1)</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>ZIP %1</source>
        <translation>código postal %1</translation>
    </message>
    <message>
        <source>%1, ZIP %2</source>
        <translation>%1, código postal %2</translation>
    </message>
</context>
<context>
    <name>bb::models::ProceduresModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>bb::models::RankingModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>NPI or NDC</source>
        <translation>NPI o NDC</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>bb::models::SupportingInfoModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>bb::models::YearTotalsModel</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Amount billed</source>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Medicare or plan paid</source>
        <translation>Pagado por Medicare o el plan</translation>
    </message>
    <message>
        <source>You may owe</source>
        <translation>Usted podría deber</translation>
    </message>
</context>
<context>
    <name>bb::net::FetchError</name>
    <message>
        <source>Could not reach Blue Button. Check your internet connection.</source>
        <translation>No se pudo conectar con Blue Button. Compruebe su conexión a internet.</translation>
    </message>
    <message>
        <source>Blue Button took too long to answer.</source>
        <translation>Blue Button tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>The secure connection to Blue Button could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con Blue Button.</translation>
    </message>
    <message>
        <source>Blue Button did not accept the sign-in.</source>
        <translation>Blue Button no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Your Medicare connection has ended. Log in again to reconnect.</source>
        <translation>Su conexión con Medicare terminó. Inicie sesión de nuevo para volver a conectarse.</translation>
    </message>
    <message>
        <source>Blue Button does not allow this app to see this data.</source>
        <translation>Blue Button no permite que esta aplicación vea estos datos.</translation>
    </message>
    <message>
        <source>You chose not to share your personal information.</source>
        <translation>Usted decidió no compartir su información personal.</translation>
    </message>
    <message>
        <source>Blue Button has no such record.</source>
        <translation>Blue Button no tiene ese registro.</translation>
    </message>
    <message>
        <source>Blue Button is receiving too many requests. Try again in a minute.</source>
        <translation>Blue Button está recibiendo demasiadas solicitudes. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>Blue Button had a problem. Try again later.</source>
        <translation>Blue Button tuvo un problema. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Blue Button sent an answer that could not be read.</source>
        <translation>Blue Button envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Blue Button sent an answer far larger than expected, so it was not read.</source>
        <translation>Blue Button envió una respuesta mucho más grande de lo esperado, así que no se leyó.</translation>
    </message>
    <message>
        <source>Blue Button reported more records than this app can load, so none were loaded.</source>
        <translation>Blue Button indicó más registros de los que esta aplicación puede cargar, así que no se cargó ninguno.</translation>
    </message>
</context>
<context>
    <name>bb::net::FetchJob</name>
    <message>
        <source>Blue Button's count changed from %1 to %2 during the download.</source>
        <translation>El recuento de Blue Button cambió de %1 a %2 durante la descarga.</translation>
    </message>
    <message>
        <source>The page starting at %1 arrived twice.</source>
        <translation>La página que empieza en %1 llegó dos veces.</translation>
    </message>
    <message>
        <source>The server's next link points back to an earlier page.</source>
        <translation>El enlace «siguiente» del servidor apunta a una página anterior.</translation>
    </message>
    <message>
        <source>Ignored a paging link to another server.</source>
        <translation>Se ignoró un enlace de paginación a otro servidor.</translation>
    </message>
    <message>
        <source>Blue Button reported %1 records but %2 arrived.</source>
        <translation>Blue Button indicó %1 registros, pero llegaron %2.</translation>
    </message>
</context>
<context>
    <name>bb::report</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prescription fill</source>
        <translation>Surtido de receta</translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation>Resumen de la reclamación</translation>
    </message>
    <message>
        <source>Claim ID</source>
        <translation>ID de la reclamación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más detalles</translation>
    </message>
    <message>
        <source>This is not a bill. It shows what Medicare received and paid for this claim, as reported by the Medicare Blue Button service.</source>
        <translation>Esto no es una factura. Muestra lo que Medicare recibió y pagó por esta reclamación, según el servicio Blue Button de Medicare.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn.</source>
        <translation>No se puede escribir %1: no se pudo dibujar el PDF.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartido</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Medicare number</source>
        <translation>Número de Medicare</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From Medicare Blue Button data · %1</source>
        <translation>Datos de Medicare Blue Button · %1</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Todas las reclamaciones</translation>
    </message>
    <message>
        <source>no claim types</source>
        <translation>ningún tipo de reclamación</translation>
    </message>
    <message>
        <source>types: %1</source>
        <translation>tipos: %1</translation>
    </message>
    <message>
        <source>service dates: %1</source>
        <translation>fechas de servicio: %1</translation>
    </message>
    <message>
        <source>service dates from %1</source>
        <translation>fechas de servicio desde %1</translation>
    </message>
    <message>
        <source>service dates until %1</source>
        <translation>fechas de servicio hasta %1</translation>
    </message>
    <message>
        <source>search: “%1”</source>
        <translation>búsqueda: “%1”</translation>
    </message>
    <message>
        <source>only claims where you may owe</source>
        <translation>solo reclamaciones en las que podría deber</translation>
    </message>
    <message>
        <source>Claim statements</source>
        <translation>Resúmenes de reclamaciones</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Reclamación %1</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Se muestra</translation>
    </message>
    <message>
        <source>No claims match the filters.</source>
        <translation>Ninguna reclamación coincide con los filtros.</translation>
    </message>
    <message>
        <source>Prescription drugs</source>
        <translation>Medicamentos recetados</translation>
    </message>
    <message>
        <source>No prescriptions match the filters.</source>
        <translation>Ninguna receta coincide con los filtros.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>No coverage was received.</source>
        <translation>No se recibió información de cobertura.</translation>
    </message>
    <message>
        <source>%1: plan %2</source>
        <translation>%1: plan %2</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Period covered</source>
        <extracomment>Summary fact: the time the claims cover.</extracomment>
        <translation>Período cubierto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Summary for a Doctor Visit</source>
        <translation>Resumen para una visita al médico</translation>
    </message>
    <message>
        <source>This summary comes from the claims Medicare paid or processed. It is not a medical record: it shows what was billed, not what a doctor found. Care Medicare did not pay for is not in it.</source>
        <translation>Este resumen viene de las reclamaciones que Medicare pagó o tramitó. No es un historial médico: muestra lo que se facturó, no lo que encontró un médico. La atención que Medicare no pagó no aparece.</translation>
    </message>
    <message>
        <source>Medicare coverage now</source>
        <translation>Cobertura de Medicare actual</translation>
    </message>
    <message>
        <source>No active coverage in Medicare's data</source>
        <translation>No hay cobertura activa en los datos de Medicare</translation>
    </message>
    <message>
        <source>Diagnoses on claims since %1</source>
        <translation>Diagnósticos en reclamaciones desde el %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Medicare sent no description</source>
        <translation>Medicare no envió descripción</translation>
    </message>
    <message>
        <source>No diagnoses on claims in this period.</source>
        <translation>No hay diagnósticos en reclamaciones de este período.</translation>
    </message>
    <message>
        <source>Prescriptions filled since %1</source>
        <translation>Recetas surtidas desde el %1</translation>
    </message>
    <message>
        <source>Drug and strength</source>
        <translation>Medicamento y concentración</translation>
    </message>
    <message>
        <source>Last fill</source>
        <translation>Último surtido</translation>
    </message>
    <message>
        <source>Days' supply</source>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Recetador</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Surtidos</translation>
    </message>
    <message>
        <source>No prescriptions filled in this period.</source>
        <translation>No se surtieron recetas en este período.</translation>
    </message>
    <message>
        <source>Providers seen since %1</source>
        <translation>Proveedores vistos desde el %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>No providers on claims in this period.</source>
        <translation>No hay proveedores en reclamaciones de este período.</translation>
    </message>
    <message>
        <source>Hospital and skilled nursing stays since %1</source>
        <translation>Estancias en hospital y en enfermería especializada desde el %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Diagnóstico principal</translation>
    </message>
    <message>
        <source>Skilled nursing</source>
        <translation>Centro de enfermería especializada</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>No hospital or skilled nursing stays in this period.</source>
        <translation>No hubo estancias en hospital ni en enfermería especializada en este período.</translation>
    </message>
    <message>
        <source>All codes Medicare sent</source>
        <translation>Todos los códigos que envió Medicare</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Totals add up the amounts shown; %Ln row(s) have no amount in one or more columns.</source>
        <translation>
            <numerusform>Los totales suman las cantidades mostradas; %Ln fila no tiene cantidad en una o más columnas.</numerusform>
            <numerusform>Los totales suman las cantidades mostradas; %Ln filas no tienen cantidad en una o más columnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln reclamación</numerusform>
            <numerusform>%Ln reclamaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::report::ReportLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>bb::store::StoreError</name>
    <message>
        <source>No saved copy of your Medicare data was found on this computer. It will be downloaded now.</source>
        <translation>No se encontró en esta computadora ninguna copia guardada de sus datos de Medicare. Se descargarán ahora.</translation>
    </message>
    <message>
        <source>Your Medicare data cannot be kept on this computer because there is no system keychain to protect it. It will be downloaded again each time you open the app.</source>
        <translation>Sus datos de Medicare no se pueden guardar en esta computadora porque no hay un llavero del sistema que los proteja. Se descargarán de nuevo cada vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>The saved copy of your Medicare data cannot be opened because its key is no longer in the system keychain. It was set aside, and a full download will start.</source>
        <translation>La copia guardada de sus datos de Medicare no se puede abrir porque su clave ya no está en el llavero del sistema. Se apartó y comenzará una descarga completa.</translation>
    </message>
    <message>
        <source>The saved copy of your Medicare data is damaged or incomplete. It was set aside, and a full download will start.</source>
        <translation>La copia guardada de sus datos de Medicare está dañada o incompleta. Se apartó y comenzará una descarga completa.</translation>
    </message>
    <message>
        <source>Your Medicare data could not be read from or saved to this computer's disk. The disk may be full or not writable.</source>
        <translation>No se pudieron leer ni guardar sus datos de Medicare en el disco de esta computadora. Es posible que el disco esté lleno o que no se pueda escribir en él.</translation>
    </message>
</context>
<context>
    <name>bb::views::ChartPanel</name>
    <message>
        <source>Show the numbers as a table</source>
        <extracomment>Under a chart: shows the chart's numbers in a table below it.</extracomment>
        <translation>Mostrar las cifras en una tabla</translation>
    </message>
    <message>
        <source>Shows the numbers of the chart "%1"</source>
        <extracomment>Accessible description of the button under a chart.</extracomment>
        <translation>Muestra las cifras del gráfico "%1"</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Ocultar la tabla</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <extracomment>Accessible name of a chart's legend, %1 the chart's series names.</extracomment>
        <translation>Leyenda: %1</translation>
    </message>
</context>
<context>
    <name>bb::views::ClaimDetailView</name>
    <message>
        <source>Not given</source>
        <extracomment>A detail field the claim does not give.</extracomment>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person or place and their number: %1 the name, %2 the NPI or other id.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous claim you opened (Alt+Left)</source>
        <extracomment>Detail view button: the claim opened before this one.</extracomment>
        <translation>Reclamación anterior que abrió (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next claim you opened (Alt+Right)</source>
        <extracomment>Detail view button: go forward again after going back.</extracomment>
        <translation>Siguiente reclamación que abrió (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Double-click a claim, or select it and press Enter, to see it here.</source>
        <translation>Haga doble clic en una reclamación, o selecciónela y pulse Intro, para verla aquí.</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Detail tab: the claim's line items.</extracomment>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <extracomment>Detail tab: the claim's diagnoses, in order, the principal one first.</extracomment>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Procedures</source>
        <extracomment>Detail tab: surgical and other procedures.</extracomment>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Care team</source>
        <extracomment>Detail tab: doctors and other clinicians on the claim.</extracomment>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>Admitted</source>
        <extracomment>Hospital stay field.</extracomment>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Discharged</source>
        <extracomment>Hospital stay field.</extracomment>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Length of stay</source>
        <extracomment>Hospital stay field: nights between admission and discharge.</extracomment>
        <translation>Duración de la estancia</translation>
    </message>
    <message>
        <source>Days Medicare covered</source>
        <extracomment>Hospital stay field: the days Medicare counted against the benefit period.</extracomment>
        <translation>Días cubiertos por Medicare</translation>
    </message>
    <message>
        <source>Diagnosis-related group (DRG)</source>
        <extracomment>Hospital stay field: the diagnosis-related group that set the payment.</extracomment>
        <translation>Grupo relacionado con el diagnóstico (DRG)</translation>
    </message>
    <message>
        <source>Discharge status</source>
        <extracomment>Hospital stay field: where the patient went at discharge.</extracomment>
        <translation>Estado al alta</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <extracomment>Detail tab: admission, discharge, DRG and days of an inpatient or nursing facility stay.</extracomment>
        <translation>Estancia en el hospital</translation>
    </message>
    <message>
        <source>Drug</source>
        <extracomment>Prescription field.</extracomment>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>NDC</source>
        <extracomment>Prescription field: National Drug Code.</extracomment>
        <translation>NDC</translation>
    </message>
    <message>
        <source>Quantity</source>
        <extracomment>Prescription field: units dispensed.</extracomment>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Days' supply</source>
        <extracomment>Prescription field: how many days the fill lasts.</extracomment>
        <translation>Días de suministro</translation>
    </message>
    <message>
        <source>Fill number</source>
        <extracomment>Prescription field: 0 for the original fill, then 1, 2, ... for refills.</extracomment>
        <translation>Número de surtido</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <extracomment>Prescription field.</extracomment>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <extracomment>Prescription field: the clinician who wrote the prescription.</extracomment>
        <translation>Recetador</translation>
    </message>
    <message>
        <source>Drug cost</source>
        <extracomment>Prescription field: the full price of the fill.</extracomment>
        <translation>Costo del medicamento</translation>
    </message>
    <message>
        <source>Plan paid</source>
        <extracomment>Prescription field: what the drug plan paid.</extracomment>
        <translation>El plan pagó</translation>
    </message>
    <message>
        <source>You paid</source>
        <extracomment>Prescription field: what the beneficiary paid.</extracomment>
        <translation>Usted pagó</translation>
    </message>
    <message>
        <source>Prescription</source>
        <extracomment>Detail tab of a Part D claim: drug, NDC, supply, pharmacy, prescriber and costs.</extracomment>
        <translation>Receta</translation>
    </message>
    <message>
        <source>More details</source>
        <extracomment>Detail tab: supporting information (received date, codes) in the server's words.</extracomment>
        <translation>Más detalles</translation>
    </message>
    <message>
        <source>Raw FHIR</source>
        <extracomment>Detail tab: the claim as FHIR JSON.</extracomment>
        <translation>FHIR original</translation>
    </message>
    <message>
        <source>The server's original JSON for this claim is not kept. Below are the claim's fields as the app read them, written as JSON.</source>
        <extracomment>Above the Raw FHIR text when the server's JSON was not kept.</extracomment>
        <translation>No se conserva el JSON original del servidor para esta reclamación. Abajo están los campos de la reclamación tal como los leyó la aplicación, escritos como JSON.</translation>
    </message>
    <message>
        <source>The ExplanationOfBenefit resource as Blue Button sent it.</source>
        <extracomment>Above the Raw FHIR text: the resource exactly as the server sent it, indented.</extracomment>
        <translation>El recurso ExplanationOfBenefit tal como lo envió Blue Button.</translation>
    </message>
    <message>
        <source>Previous claim</source>
        <translation>Reclamación anterior</translation>
    </message>
    <message>
        <source>Next claim</source>
        <translation>Reclamación siguiente</translation>
    </message>
    <message>
        <source>All codes</source>
        <extracomment>Detail tab: every coded field Medicare sent for the claim, with its meaning.</extracomment>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Claim sections</source>
        <extracomment>Accessible name of the claim detail's tabs (services, diagnoses, ...).</extracomment>
        <translation>Secciones de la reclamación</translation>
    </message>
    <message>
        <source>Claim detail</source>
        <extracomment>Accessible name of the claim detail pane.</extracomment>
        <translation>Detalle de la reclamación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>Length of a hospital stay.</extracomment>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::ClaimFilterBar</name>
    <message>
        <source>Show all types</source>
        <extracomment>Claim type menu: tick every type again.</extracomment>
        <translation>Mostrar todos los tipos</translation>
    </message>
    <message>
        <source>All dates</source>
        <extracomment>Date filter preset.</extracomment>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <extracomment>Date filter preset: services in the twelve months up to today.</extracomment>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <extracomment>Date filter preset: services since January 1 of the current year.</extracomment>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Show claims whose service dates fall in this period</source>
        <extracomment>Tooltip of the date filter.</extracomment>
        <translation>Mostrar las reclamaciones cuyas fechas de servicio caen en este período</translation>
    </message>
    <message>
        <source>Search provider, diagnosis, procedure, drug or code</source>
        <extracomment>Placeholder of the claims search box.</extracomment>
        <translation>Buscar proveedor, diagnóstico, procedimiento, medicamento o código</translation>
    </message>
    <message>
        <source>Only where you may owe</source>
        <extracomment>Filter: only claims with a deductible, coinsurance or copay left for the beneficiary.</extracomment>
        <translation>Solo donde usted podría deber</translation>
    </message>
    <message>
        <source>All claim types</source>
        <extracomment>Claim type menu button when no type is filtered out.</extracomment>
        <translation>Todos los tipos de reclamación</translation>
    </message>
    <message>
        <source>%1 of %2 claim types</source>
        <extracomment>Claim type menu button: %1 types ticked of %2.</extracomment>
        <translation>%1 de %2 tipos de reclamación</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the search field (its placeholder is the description).</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <extracomment>Date filter: opens a dialog to choose the first and last day.</extracomment>
        <translation>Fechas personalizadas…</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <extracomment>Title of the dialog that sets the date filter's first and last day.</extracomment>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>Custom dates dialog: the first day of services to show.</extracomment>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>Custom dates dialog: the last day of services to show.</extracomment>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Show claims with services between these two days.</source>
        <extracomment>Custom dates dialog: what it does.</extracomment>
        <translation>Mostrar las reclamaciones con servicios entre estos dos días.</translation>
    </message>
    <message>
        <source>All known claim types</source>
        <extracomment>Claim type menu button: every type but claims of an unknown type.</extracomment>
        <translation>Todos los tipos de reclamación conocidos</translation>
    </message>
</context>
<context>
    <name>bb::views::ClaimHeader</name>
    <message>
        <source>Processed</source>
        <extracomment>Claim status (FHIR "active"): the claim stands as processed.</extracomment>
        <translation>Procesada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Claim status (FHIR "cancelled").</extracomment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Claim status (FHIR "draft").</extracomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <extracomment>Claim status (FHIR "entered-in-error").</extracomment>
        <translation>Registrada por error</translation>
    </message>
    <message>
        <source>NPI %1</source>
        <extracomment>A provider known only by number: %1 the NPI.</extracomment>
        <translation>NPI %1</translation>
    </message>
    <message>
        <source>%1 (NPI %2)</source>
        <extracomment>A provider and their number: %1 the name, %2 the NPI.</extracomment>
        <translation>%1 (NPI %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>Detail header line: %1 the claim's status.</extracomment>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Pharmacy: %1</source>
        <extracomment>Detail header line: %1 the pharmacy (and its NPI).</extracomment>
        <translation>Farmacia: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <extracomment>Detail header line: %1 the facility (and NPI).</extracomment>
        <translation>Centro: %1</translation>
    </message>
    <message>
        <source>Claim ID: %1</source>
        <extracomment>Detail header line: %1 the claim's id as the server gives it.</extracomment>
        <translation>ID de la reclamación: %1</translation>
    </message>
    <message>
        <source>Drug cost</source>
        <extracomment>Money summary of a prescription: the full price of the fill.</extracomment>
        <translation>Costo del medicamento</translation>
    </message>
    <message>
        <source>The total price of this fill: ingredient cost, dispensing fee and taxes.</source>
        <extracomment>Tooltip of "Drug cost".</extracomment>
        <translation>El precio total de este surtido: costo de los ingredientes, tarifa de despacho e impuestos.</translation>
    </message>
    <message>
        <source>Plan paid</source>
        <extracomment>Money summary of a prescription: what the Part D plan paid.</extracomment>
        <translation>El plan pagó</translation>
    </message>
    <message>
        <source>What your Medicare drug plan paid the pharmacy.</source>
        <extracomment>Tooltip of "Plan paid".</extracomment>
        <translation>Lo que su plan de medicamentos de Medicare pagó a la farmacia.</translation>
    </message>
    <message>
        <source>You paid</source>
        <extracomment>Money summary of a prescription: what the beneficiary paid at the pharmacy.</extracomment>
        <translation>Usted pagó</translation>
    </message>
    <message>
        <source>What you paid at the pharmacy: copay, coinsurance or deductible.</source>
        <extracomment>Tooltip of "You paid".</extracomment>
        <translation>Lo que usted pagó en la farmacia: copago, coseguro o deducible.</translation>
    </message>
    <message>
        <source>Amount the provider charged</source>
        <extracomment>Money summary (Medicare Summary Notice wording).</extracomment>
        <translation>Cantidad que cobró el proveedor</translation>
    </message>
    <message>
        <source>What the provider billed Medicare for these services.</source>
        <extracomment>Tooltip of "Amount the provider charged".</extracomment>
        <translation>Lo que el proveedor facturó a Medicare por estos servicios.</translation>
    </message>
    <message>
        <source>Medicare-approved amount</source>
        <extracomment>Money summary (Medicare Summary Notice wording).</extracomment>
        <translation>Cantidad aprobada por Medicare</translation>
    </message>
    <message>
        <source>The most the provider may be paid for these services under Medicare.</source>
        <extracomment>Tooltip of "Medicare-approved amount".</extracomment>
        <translation>Lo máximo que se le puede pagar al proveedor por estos servicios bajo Medicare.</translation>
    </message>
    <message>
        <source>Medicare paid</source>
        <extracomment>Money summary (Medicare Summary Notice wording).</extracomment>
        <translation>Medicare pagó</translation>
    </message>
    <message>
        <source>What Medicare paid, to the provider or to you.</source>
        <extracomment>Tooltip of "Medicare paid".</extracomment>
        <translation>Lo que Medicare pagó, al proveedor o a usted.</translation>
    </message>
    <message>
        <source>Deductible</source>
        <extracomment>Money summary: the part of the deductible applied to this claim.</extracomment>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>The part of your yearly deductible applied to this claim.</source>
        <extracomment>Tooltip of "Deductible".</extracomment>
        <translation>La parte de su deducible anual aplicada a esta reclamación.</translation>
    </message>
    <message>
        <source>Coinsurance</source>
        <extracomment>Money summary: the coinsurance of this claim.</extracomment>
        <translation>Coseguro</translation>
    </message>
    <message>
        <source>Your share of the Medicare-approved amount after the deductible.</source>
        <extracomment>Tooltip of "Coinsurance".</extracomment>
        <translation>Su parte de la cantidad aprobada por Medicare después del deducible.</translation>
    </message>
    <message>
        <source>You may owe</source>
        <extracomment>Money summary (Medicare Summary Notice wording): deductible plus coinsurance.</extracomment>
        <translation>Usted podría deber</translation>
    </message>
    <message>
        <source>The most the provider may bill you: deductible plus coinsurance. A supplement or other insurance may pay part of it.</source>
        <extracomment>Tooltip of "You may owe".</extracomment>
        <translation>Lo máximo que el proveedor le puede cobrar: deducible más coseguro. Un seguro suplementario u otro seguro puede pagar parte.</translation>
    </message>
    <message>
        <source>Not given</source>
        <extracomment>An amount the claim does not give (never shown as $0.00).</extracomment>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>bb::views::ClaimsView</name>
    <message>
        <source>claims</source>
        <extracomment>Suggested file name of the Claims tab's CSV or PDF: the tab's title in lower case.</extracomment>
        <translation>reclamaciones</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>Accessible name of the claims list.</extracomment>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Show all claims</source>
        <extracomment>Button under an empty claims list: clears every filter.</extracomment>
        <translation>Mostrar todas las reclamaciones</translation>
    </message>
    <message>
        <source>The claim you had open is hidden by the filters. Change the filters to see it again, or open another claim.</source>
        <extracomment>Detail pane after a filter hid the claim that was open in it.</extracomment>
        <translation>Los filtros ocultan la reclamación que tenía abierta. Cambie los filtros para verla de nuevo, o abra otra reclamación.</translation>
    </message>
</context>
<context>
    <name>bb::views::CoveragePage</name>
    <message>
        <source>No coverage has been loaded yet.</source>
        <translation>Todavía no se ha cargado ninguna cobertura.</translation>
    </message>
    <message>
        <source>Medicare parts</source>
        <translation>Partes de Medicare</translation>
    </message>
    <message>
        <source>Every field of the selected part</source>
        <translation>Todos los campos de la parte seleccionada</translation>
    </message>
    <message>
        <source>coverage</source>
        <extracomment>Suggested file name of the Coverage tab's CSV or PDF: the tab's title in lower case.</extracomment>
        <translation>cobertura</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your Medicare parts</source>
        <extracomment>Accessible name of the Coverage tab's scrolling list of Medicare parts.</extracomment>
        <translation>Sus partes de Medicare</translation>
    </message>
</context>
<context>
    <name>bb::views::DrugsView</name>
    <message>
        <source>%1 · %2 · Total cost %3 · You paid %4</source>
        <extracomment>Drugs tab footer: %1 "N drugs", %2 "M fills", %3 total drug cost, %4 what you paid.</extracomment>
        <translation>%1 · %2 · Costo total %3 · Usted pagó %4</translation>
    </message>
    <message>
        <source>drugs</source>
        <extracomment>Suggested file name of the Drugs tab's CSV or PDF: the tab's title in lower case.</extracomment>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>Prescription drugs</source>
        <extracomment>Accessible name of the prescription drug list.</extracomment>
        <translation>Medicamentos recetados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drug(s)</source>
        <translation>
            <numerusform>%Ln medicamento</numerusform>
            <numerusform>%Ln medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fill(s)</source>
        <extracomment>Drugs tab footer: prescription fills shown.</extracomment>
        <translation>
            <numerusform>%Ln surtido</numerusform>
            <numerusform>%Ln surtidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::MoneyText</name>
    <message>
        <source>Billed %1</source>
        <extracomment>Footer sum of what providers billed for the shown claims; %1 is the amount.</extracomment>
        <translation>Facturado %1</translation>
    </message>
    <message>
        <source>Medicare or plan paid %1</source>
        <extracomment>Footer sum of what Medicare (or the drug plan) paid; %1 is the amount.</extracomment>
        <translation>Pagado por Medicare o el plan %1</translation>
    </message>
    <message>
        <source>You may owe %1</source>
        <extracomment>Footer sum of deductible, coinsurance and copays; %1 is the amount.</extracomment>
        <translation>Usted podría deber %1</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without an amount)</source>
        <extracomment>After a footer sum: how many shown claims had no such amount and are not in it.</extracomment>
        <translation>
            <numerusform>(%Ln sin cantidad)</numerusform>
            <numerusform>(%Ln sin cantidad)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) shown</source>
        <extracomment>Footer of the claims list: how many claims the filters leave shown.</extracomment>
        <translation>
            <numerusform>%Ln reclamación mostrada</numerusform>
            <numerusform>%Ln reclamaciones mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::views::OverviewView</name>
    <message>
        <source>Totals per year</source>
        <extracomment>Overview: the table of totals per calendar year.</extracomment>
        <translation>Totales por año</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>Overview year table column.
----------
Column of a chart's table: the calendar year of a row.</extracomment>
        <translation>Año</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>Overview year table column.</extracomment>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Amount billed</source>
        <extracomment>Overview year table column: what providers billed.</extracomment>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Medicare or plan paid</source>
        <extracomment>Overview year table column.</extracomment>
        <translation>Pagado por Medicare o el plan</translation>
    </message>
    <message>
        <source>You may owe</source>
        <extracomment>Overview year table column.</extracomment>
        <translation>Usted podría deber</translation>
    </message>
    <message>
        <source>Amount billed per year, by type of claim</source>
        <extracomment>Overview chart title.</extracomment>
        <translation>Cantidad facturada por año, según el tipo de reclamación</translation>
    </message>
    <message>
        <source>What you paid or may owe, last 12 months</source>
        <extracomment>Overview chart title.</extracomment>
        <translation>Lo que usted pagó o podría deber, últimos 12 meses</translation>
    </message>
    <message>
        <source>Top providers by amount billed</source>
        <extracomment>Overview: providers with the highest amounts billed.</extracomment>
        <translation>Principales proveedores por cantidad facturada</translation>
    </message>
    <message>
        <source>Top drugs by cost</source>
        <extracomment>Overview: drugs with the highest total drug cost.</extracomment>
        <translation>Principales medicamentos por costo</translation>
    </message>
    <message>
        <source>born %1</source>
        <extracomment>Overview header: %1 the birth date.</extracomment>
        <translation>nacido el %1</translation>
    </message>
    <message>
        <source>Medicare number %1</source>
        <extracomment>Overview header: %1 the (masked) Medicare number.</extracomment>
        <translation>Número de Medicare %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>Overview: %1 the date and time of the last download.</extracomment>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <extracomment>Overview: nothing was downloaded in this session yet.</extracomment>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>You paid or may owe</source>
        <extracomment>Legend of the monthly chart: deductibles, coinsurance and copays.</extracomment>
        <translation>Usted pagó o podría deber</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>Month label under a bar of the monthly chart (QDate format: "Jan").</extracomment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>overview</source>
        <extracomment>Suggested file name of the Overview tab's exports: the tab's title in lower case.</extracomment>
        <translation>resumen</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Accessible name of the Overview tab's scrolling page.</extracomment>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) loaded</source>
        <extracomment>Overview: how many claims the figures cover when the sync is complete.</extracomment>
        <translation>
            <numerusform>%Ln reclamación cargada</numerusform>
            <numerusform>Las %Ln reclamaciones cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column of a chart's table: the total of a year's bars.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: %2 billed (%3).</source>
        <extracomment>Chart summary for a screen reader: %1 a year, %2 its total, %3 the amounts by type.</extracomment>
        <translation>%1: %2 facturado (%3).</translation>
    </message>
    <message>
        <source>No claims to show yet.</source>
        <translation>Todavía no hay reclamaciones que mostrar.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month in a chart's table and summary (QDate format: "January 2026").</extracomment>
        <translation>MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>Nothing paid or owed in the last 12 months.</source>
        <extracomment>Chart summary for a screen reader: %1 the months with an amount and the amounts.</extracomment>
        <translation>Nada pagado ni adeudado en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>Amounts in the last 12 months: %1.</source>
        <translation>Importes de los últimos 12 meses: %1.</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Column of a chart's table: the month of a row.</extracomment>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>bb::views::PatientPage</name>
    <message>
        <source>Show &amp;Medicare number</source>
        <translation>Mostrar el número de &amp;Medicare</translation>
    </message>
    <message>
        <source>You chose not to share your personal information (name, address, birth date) with this app when you logged in. Your coverage and claims are still shown. To share it, log out and log in again with "Personal Information" ticked.</source>
        <translation>Al iniciar sesión, usted decidió no compartir su información personal (nombre, dirección, fecha de nacimiento) con esta aplicación. Su cobertura y sus reclamaciones se siguen mostrando. Para compartirla, cierre la sesión e iníciela de nuevo marcando "Información personal".</translation>
    </message>
    <message>
        <source>Your Medicare number is partly hidden until you choose to show it</source>
        <translation>Su número de Medicare está parcialmente oculto hasta que decida mostrarlo</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Información personal</translation>
    </message>
    <message>
        <source>patient</source>
        <extracomment>Suggested file name of the Patient tab's CSV or PDF: the tab's title in lower case.</extracomment>
        <translation>paciente</translation>
    </message>
    <message>
        <source>Personal information not shared</source>
        <translation>Información personal no compartida</translation>
    </message>
</context>
</TS>
