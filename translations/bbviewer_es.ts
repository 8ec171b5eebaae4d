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
        <source>The address of this CMS environment cannot be changed. Choose &quot;Custom server&quot; to use another address.</source>
        <translation>La dirección de este entorno de CMS no se puede cambiar. Elija &quot;Servidor personalizado&quot; para usar otra dirección.</translation>
    </message>
    <message>
        <source>The client ID may only contain letters, digits and punctuation.</source>
        <translation>El ID de cliente solo puede contener letras, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>A CMS client ID is exactly 40 letters and digits. Copy it from your application&apos;s page on the Blue Button developer site.</source>
        <translation>Un ID de cliente de CMS tiene exactamente 40 letras y dígitos. Cópielo de la página de su aplicación en el sitio para desarrolladores de Blue Button.</translation>
    </message>
    <message>
        <source>Choose at least one permission to request.</source>
        <translation>Elija al menos un permiso para solicitar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid permission name.</source>
        <translation>&quot;%1&quot; no es un nombre de permiso válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Blue Button permission.</source>
        <translation>&quot;%1&quot; no es un permiso de Blue Button.</translation>
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
        <source>Remove the part after &quot;?&quot; from the address.</source>
        <translation>Quite de la dirección la parte que va después de &quot;?&quot;.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;#&quot; from the address.</source>
        <translation>Quite de la dirección la parte que va después de &quot;#&quot;.</translation>
    </message>
</context>
<context>
    <name>bb::exporting</name>
    <message>
        <source>Converts saved Blue Button JSON (bundles, single resources, or folders of them) to CSV, without opening a window.</source>
        <translation>Convierte JSON guardado de Blue Button (paquetes, recursos sueltos o carpetas con ellos) a CSV, sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>El comando de exportación.</translation>
    </message>
    <message>
        <source>A JSON file or a folder of them (repeatable).</source>
        <translation>Un archivo JSON o una carpeta de ellos (se puede repetir).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>What to export: claims or claim-lines.</source>
        <translation>Qué exportar: claims (reclamaciones) o claim-lines (líneas de reclamación).</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>Output format: csv.</source>
        <translation>Formato de salida: csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The file to write (&quot;-&quot; for standard output).</source>
        <translation>El archivo que se escribe (&quot;-&quot; para la salida estándar).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark, for spreadsheets that need one to detect UTF-8.</source>
        <translation>Comienza el CSV con una marca de orden de bytes UTF-8, para las hojas de cálculo que la necesitan para detectar UTF-8.</translation>
    </message>
    <message>
        <source>Unsupported --what &quot;%1&quot;: use claims or claim-lines.</source>
        <translation>--what &quot;%1&quot; no admitido: use claims o claim-lines.</translation>
    </message>
    <message>
        <source>Unsupported --format &quot;%1&quot;: use csv.</source>
        <translation>--format &quot;%1&quot; no admitido: use csv.</translation>
    </message>
    <message>
        <source>Both --input and --output are required; see --help.</source>
        <translation>Se necesitan --input y --output; consulte --help.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
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
        <source>not a FHIR resource: &quot;resourceType&quot; is missing</source>
        <translation>no es un recurso FHIR: falta &quot;resourceType&quot;</translation>
    </message>
    <message>
        <source>unsupported resource type &quot;%1&quot;</source>
        <translation>tipo de recurso no admitido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a bundle entry has no resource</source>
        <translation>una entrada del paquete no tiene recurso</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
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
    <name>bb::fhir::TokenResponse</name>
    <message>
        <source>the sign-in server&apos;s answer is not valid JSON</source>
        <translation>la respuesta del servidor de inicio de sesión no es JSON válido</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer has no access token</source>
        <translation>la respuesta del servidor de inicio de sesión no tiene token de acceso</translation>
    </message>
</context>
</TS>
