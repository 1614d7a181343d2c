<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fleetdeck::Agent</name>
    <message>
        <source>Cannot create the folder %1: %2. Check the permissions of its parent.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2. Prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>%1 is not a folder (or is a symbolic link). Remove it and try again.</source>
        <translation>%1 ist kein Ordner (oder ist ein symbolischer Link). Entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; the agent keeps its state private. Choose another folder with --state.</source>
        <translation>%1 gehört einem anderen Benutzer; der Agent hält seinen Zustand privat. Wählen Sie mit --state einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is open to other users and cannot be made private: %2.</source>
        <translation>%1 ist für andere Benutzer zugänglich und kann nicht privat gemacht werden: %2.</translation>
    </message>
    <message>
        <source>No state folder given. Pass --state DIR.</source>
        <translation>Kein Zustandsordner angegeben. Übergeben Sie --state DIR.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check its permissions or choose another --state folder.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden. Prüfen Sie seine Berechtigungen oder wählen Sie mit --state einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot open the lock file %1: %2.</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Another fleetdeck-agent daemon already serves this state folder (it holds %1).</source>
        <translation>Ein anderer fleetdeck-agent-Daemon bedient diesen Zustandsordner bereits (er hält %1).</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>%1 kann nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>no NVIDIA driver: libnvidia-ml.so.1 not found</source>
        <translation>kein NVIDIA-Treiber: libnvidia-ml.so.1 nicht gefunden</translation>
    </message>
    <message>
        <source>libnvidia-ml.so.1 lacks the NVML functions the agent needs</source>
        <translation>libnvidia-ml.so.1 fehlen die NVML-Funktionen, die der Agent benötigt</translation>
    </message>
    <message>
        <source>NVIDIA driver not loaded (NVML error 9)</source>
        <translation>NVIDIA-Treiber nicht geladen (NVML-Fehler 9)</translation>
    </message>
    <message>
        <source>NVML failed to start (error %1)</source>
        <translation>NVML konnte nicht gestartet werden (Fehler %1)</translation>
    </message>
    <message>
        <source>NVML cannot count GPUs (error %1)</source>
        <translation>NVML kann die GPUs nicht zählen (Fehler %1)</translation>
    </message>
    <message>
        <source>GPU %1: name unavailable (error %2)</source>
        <translation>GPU %1: Name nicht verfügbar (Fehler %2)</translation>
    </message>
    <message>
        <source>GPU %1: memory unavailable (error %2)</source>
        <translation>GPU %1: Speicher nicht verfügbar (Fehler %2)</translation>
    </message>
    <message>
        <source>NVML found no GPU</source>
        <translation>NVML hat keine GPU gefunden</translation>
    </message>
    <message>
        <source>NVML counts %1 GPUs; %2 could be read</source>
        <translation>NVML zählt %1 GPUs; %2 konnten gelesen werden</translation>
    </message>
    <message>
        <source>Call hello before &quot;%1&quot;: the protocol version is not agreed yet.</source>
        <translation>Rufen Sie hello vor &quot;%1&quot; auf: Die Protokollversion ist noch nicht vereinbart.</translation>
    </message>
    <message>
        <source>The agent has no method &quot;%1&quot;. It offers: %2.</source>
        <translation>Der Agent hat keine Methode &quot;%1&quot;. Er bietet an: %2.</translation>
    </message>
    <message>
        <source>This agent speaks protocol version(s) %1; the client offered %2. Install matching versions of Fleetdeck and fleetdeck-agent.</source>
        <translation>Dieser Agent unterstützt die Protokollversion(en) %1; der Client hat %2 angeboten. Installieren Sie zueinander passende Versionen von Fleetdeck und fleetdeck-agent.</translation>
    </message>
    <message>
        <source>No transfer %1 is in progress.</source>
        <translation>Es läuft keine Übertragung %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2.</translation>
    </message>
    <message>
        <source>Cannot start the agent daemon: %1.</source>
        <translation>Der Agent-Daemon kann nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot start the agent daemon (fork failed).</source>
        <translation>Der Agent-Daemon kann nicht gestartet werden (fork fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The agent daemon for %1 did not start within 10 s. Its log says: %2</source>
        <translation>Der Agent-Daemon für %1 ist nicht innerhalb von 10 s gestartet. Sein Protokoll meldet: %2</translation>
    </message>
    <message>
        <source>(no log at %1)</source>
        <translation>(kein Protokoll unter %1)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>Geben Sie einen Befehl an: %1.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. The known ones are: %2.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Bekannte Befehle: %2.</translation>
    </message>
    <message>
        <source>The inventory file (default: %1).</source>
        <translation>Die Inventardatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Print exactly one JSON document on stdout, errors included.</source>
        <translation>Genau ein JSON-Dokument auf stdout ausgeben, Fehler eingeschlossen.</translation>
    </message>
    <message>
        <source>The OpenSSH known_hosts file to check host keys against (default: ~/.ssh/known_hosts).</source>
        <translation>Die OpenSSH-Datei known_hosts, gegen die Host-Schlüssel geprüft werden (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Trust and record the key of a host seen for the first time. A changed key is always refused.</source>
        <translation>Dem Schlüssel eines erstmals gesehenen Hosts vertrauen und ihn speichern. Ein geänderter Schlüssel wird immer abgelehnt.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Fleetdeck&apos;s control plane, headless: for scripts and CI pipelines.</source>
        <translation>Die Control Plane von Fleetdeck ohne grafische Oberfläche: für Skripte und CI-Pipelines.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli COMMAND --help&apos; for the usage of a command.</source>
        <translation>Führen Sie &apos;fleetdeck-cli COMMAND --help&apos; aus, um die Verwendung eines Befehls anzuzeigen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 operation failed, 2 usage error, 3 some nodes unreachable, 4 host key refused, 5 cannot validate.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 Aufruffehler, 3 einige Knoten nicht erreichbar, 4 Host-Schlüssel abgelehnt, 5 Validierung nicht möglich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; benötigt einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;: give the command first (%2).</source>
        <translation>Unbekannte Option &apos;%1&apos;: Geben Sie zuerst den Befehl an (%2).</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. The known ones are: %3.</source>
        <translation>Unbekannter Befehl &apos;%1 %2&apos;. Bekannte Befehle: %3.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: fleetdeck-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli %1 COMMAND --help&apos; for the arguments of a command.</source>
        <translation>Führen Sie &apos;fleetdeck-cli %1 COMMAND --help&apos; aus, um die Argumente eines Befehls anzuzeigen.</translation>
    </message>
    <message>
        <source>There is no inventory at %1. Check the file given with --db; &apos;nodes add&apos; and &apos;nodes import&apos; create a new one.</source>
        <translation>Unter %1 gibt es kein Inventar. Prüfen Sie die mit --db angegebene Datei; &apos;nodes add&apos; und &apos;nodes import&apos; legen ein neues an.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the inventory. Check its permissions, or choose a file with --db FILE.</source>
        <translation>Der Ordner %1 für das Inventar kann nicht erstellt werden. Prüfen Sie seine Berechtigungen oder wählen Sie mit --db FILE eine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 of the inventory file given with --db does not exist. Create it, or choose another file.</source>
        <translation>Der Ordner %1 der mit --db angegebenen Inventardatei existiert nicht. Erstellen Sie ihn oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>--%1 was given more than once; give it once.</source>
        <translation>--%1 wurde mehrfach angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <translation>&apos;%1&apos; fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli %1 %2</source>
        <translation>Aufruf: fleetdeck-cli %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>fleetdeck-cli: warning: %1</source>
        <translation>fleetdeck-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>fleetdeck-cli: %1</source>
        <translation>fleetdeck-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli --help&apos; for usage.</source>
        <translation>Führen Sie &apos;fleetdeck-cli --help&apos; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli %1 --help&apos; for usage.</source>
        <translation>Führen Sie &apos;fleetdeck-cli %1 --help&apos; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>There is no node named &apos;%1&apos; in %2. &apos;fleetdeck-cli nodes list&apos; shows the nodes there are.</source>
        <translation>In %2 gibt es keinen Knoten namens &apos;%1&apos;. &apos;fleetdeck-cli nodes list&apos; zeigt die vorhandenen Knoten.</translation>
    </message>
    <message>
        <source>Add, edit, import, list and remove the nodes of the fleet.</source>
        <translation>Knoten der Flotte hinzufügen, bearbeiten, importieren, auflisten und entfernen.</translation>
    </message>
    <message>
        <source>Add a node.</source>
        <translation>Einen Knoten hinzufügen.</translation>
    </message>
    <message>
        <source>Connect to nodes, check host keys, gather and record facts.</source>
        <translation>Mit Knoten verbinden, Host-Schlüssel prüfen, Fakten sammeln und speichern.</translation>
    </message>
    <message>
        <source>Change the settings of a node.</source>
        <translation>Die Einstellungen eines Knotens ändern.</translation>
    </message>
    <message>
        <source>Add or update nodes from an ssh_config, Ansible or CSV file.</source>
        <translation>Knoten aus einer ssh_config-, Ansible- oder CSV-Datei hinzufügen oder aktualisieren.</translation>
    </message>
    <message>
        <source>List the nodes.</source>
        <translation>Die Knoten auflisten.</translation>
    </message>
    <message>
        <source>Remove a node.</source>
        <translation>Einen Knoten entfernen.</translation>
    </message>
    <message>
        <source>Adds a node to the inventory. The node is not contacted.</source>
        <translation>Fügt dem Inventar einen Knoten hinzu. Der Knoten wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Unique name of the node: letters, digits and ._- (up to 64 characters).</source>
        <translation>Eindeutiger Name des Knotens: Buchstaben, Ziffern und ._- (bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;nodes add&apos; needs --host H, the address of the node.</source>
        <translation>&apos;nodes add&apos; benötigt --host H, die Adresse des Knotens.</translation>
    </message>
    <message>
        <source>Added node %1 (%2).</source>
        <translation>Knoten %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>Changes the settings of a node; what is not given stays as it is. An empty value (--user &quot;&quot;) clears a setting.</source>
        <translation>Ändert die Einstellungen eines Knotens; nicht Angegebenes bleibt unverändert. Ein leerer Wert (--user &quot;&quot;) löscht eine Einstellung.</translation>
    </message>
    <message>
        <source>The node to change.</source>
        <translation>Der zu ändernde Knoten.</translation>
    </message>
    <message>
        <source>Gives the node a new name.</source>
        <translation>Gibt dem Knoten einen neuen Namen.</translation>
    </message>
    <message>
        <source>Removes a label; may be repeated.</source>
        <translation>Entfernt ein Label; kann wiederholt werden.</translation>
    </message>
    <message>
        <source>&apos;nodes edit&apos; needs at least one setting to change.</source>
        <translation>&apos;nodes edit&apos; benötigt mindestens eine zu ändernde Einstellung.</translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; has no label &apos;%2&apos;; nothing was changed.</source>
        <translation>Knoten &apos;%1&apos; hat kein Label &apos;%2&apos;; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Node %1 already has these settings; nothing was changed.</source>
        <translation>Knoten %1 hat diese Einstellungen bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Updated node %1 (%2).</source>
        <translation>Knoten %1 aktualisiert (%2).</translation>
    </message>
    <message>
        <source>Renamed node %1 to %2 (%3).</source>
        <translation>Knoten %1 in %2 umbenannt (%3).</translation>
    </message>
    <message>
        <source>Adds the hosts of FILE to the inventory and updates the nodes it already has, all or nothing: a malformed line is reported as file:line and nothing is written. Patterns and entries that are not hosts are skipped, with the reason.</source>
        <translation>Fügt die Hosts aus FILE dem Inventar hinzu und aktualisiert die bereits vorhandenen Knoten, nach dem Alles-oder-nichts-Prinzip: Eine fehlerhafte Zeile wird als Datei:Zeile gemeldet und nichts wird geschrieben. Muster und Einträge, die keine Hosts sind, werden mit Begründung übersprungen.</translation>
    </message>
    <message>
        <source>An OpenSSH client config, an Ansible inventory (INI or YAML) or a CSV file.</source>
        <translation>Eine OpenSSH-Client-Konfiguration, ein Ansible-Inventar (INI oder YAML) oder eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The format of FILE (default: guessed from its name and content).</source>
        <translation>Das Format von FILE (Standard: anhand von Name und Inhalt erkannt).</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not a format; give ssh-config, ansible or csv.</source>
        <translation>--format &apos;%1&apos; ist kein gültiges Format; geben Sie ssh-config, ansible oder csv an.</translation>
    </message>
    <message>
        <source>Cannot import %1: there is no such file.</source>
        <translation>%1 kann nicht importiert werden: Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Lists the nodes, ordered by name.</source>
        <translation>Listet die Knoten nach Namen sortiert auf.</translation>
    </message>
    <message>
        <source>Which nodes: all | a,b,c | site=S | tier=edge|cloud | label:K=V (default all).</source>
        <translation>Welche Knoten: all | a,b,c | site=S | tier=edge|cloud | label:K=V (Standard: all).</translation>
    </message>
    <message>
        <source>The inventory has no nodes yet. Add one with &apos;fleetdeck-cli nodes add&apos; or &apos;nodes import&apos;.</source>
        <translation>Das Inventar enthält noch keine Knoten. Fügen Sie einen mit &apos;fleetdeck-cli nodes add&apos; oder &apos;nodes import&apos; hinzu.</translation>
    </message>
    <message>
        <source>No node matches &apos;%1&apos;.</source>
        <translation>Kein Knoten entspricht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Removes a node from the inventory. The node itself is not contacted.</source>
        <translation>Entfernt einen Knoten aus dem Inventar. Der Knoten selbst wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>The node to remove.</source>
        <translation>Der zu entfernende Knoten.</translation>
    </message>
    <message>
        <source>Removed node %1.</source>
        <translation>Knoten %1 entfernt.</translation>
    </message>
    <message>
        <source>DNS name, IPv4 or IPv6 address of the node.</source>
        <translation>DNS-Name, IPv4- oder IPv6-Adresse des Knotens.</translation>
    </message>
    <message>
        <source>SSH port, 1 to 65535 (default 22).</source>
        <translation>SSH-Port, 1 bis 65535 (Standard: 22).</translation>
    </message>
    <message>
        <source>SSH user (default: from ~/.ssh/config, then your own).</source>
        <translation>SSH-Benutzer (Standard: aus ~/.ssh/config, sonst Ihr eigener).</translation>
    </message>
    <message>
        <source>Private key file to log in with (only its path is stored).</source>
        <translation>Private Schlüsseldatei für die Anmeldung (nur ihr Pfad wird gespeichert).</translation>
    </message>
    <message>
        <source>Site the node belongs to (empty: none).</source>
        <translation>Standort, zu dem der Knoten gehört (leer: keiner).</translation>
    </message>
    <message>
        <source>Tier of the node (default edge).</source>
        <translation>Ebene des Knotens (Standard: edge).</translation>
    </message>
    <message>
        <source>Sets a label; may be repeated.</source>
        <translation>Setzt ein Label; kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Command that starts the agent&apos;s RPC bridge on the node (default: fleetdeck-agent rpc).</source>
        <translation>Befehl, der die RPC-Brücke des Agenten auf dem Knoten startet (Standard: fleetdeck-agent rpc).</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number; give a number from 1 to 65535.</source>
        <translation>--port &apos;%1&apos; ist keine Portnummer; geben Sie eine Zahl von 1 bis 65535 an.</translation>
    </message>
    <message>
        <source>--tier &apos;%1&apos; is not a tier; give edge or cloud.</source>
        <translation>--tier &apos;%1&apos; ist keine gültige Ebene; geben Sie edge oder cloud an.</translation>
    </message>
    <message>
        <source>--label &apos;%1&apos; is not KEY=VALUE with a key of letters, digits and ._/- (for example --label gpu=a100).</source>
        <translation>--label &apos;%1&apos; hat nicht die Form KEY=VALUE mit einem Schlüssel aus Buchstaben, Ziffern und ._/- (zum Beispiel --label gpu=a100).</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped.</source>
        <translation>%1 importiert (%2): %3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 übersprungen.</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Check and read the audit log of the inventory.</source>
        <translation>Das Audit-Protokoll des Inventars prüfen und lesen.</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain; name the first broken row.</source>
        <translation>Die Hash-Kette des Audit-Protokolls prüfen; die erste fehlerhafte Zeile nennen.</translation>
    </message>
    <message>
        <source>Show the most recent audit rows.</source>
        <translation>Die neuesten Audit-Zeilen anzeigen.</translation>
    </message>
    <message>
        <source>Checks that no audit row was changed or removed: every row must carry the hash of the one before it. Exits with 1 and names the first broken row when the chain does not hold.</source>
        <translation>Prüft, dass keine Audit-Zeile geändert oder entfernt wurde: Jede Zeile muss den Hash der vorhergehenden enthalten. Beendet sich mit 1 und nennt die erste fehlerhafte Zeile, wenn die Kette nicht intakt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds: %n row(s) checked.</source>
        <translation>
            <numerusform>Die Audit-Kette ist intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Die Audit-Kette ist intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2
Rows from %1 on cannot be trusted. Keep a copy of %3 for investigation and restore a backup.</source>
        <translation>Die Audit-Kette ist bei Zeile %1 unterbrochen: %2
Zeilen ab %1 sind nicht vertrauenswürdig. Bewahren Sie eine Kopie von %3 zur Untersuchung auf und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Shows the most recent audit rows, newest first.</source>
        <translation>Zeigt die neuesten Audit-Zeilen an, die neueste zuerst.</translation>
    </message>
    <message>
        <source>How many rows to show (default %1; 0 shows all).</source>
        <translation>Anzahl der anzuzeigenden Zeilen (Standard: %1; 0 zeigt alle).</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a number of rows; give 0 or more.</source>
        <translation>--limit &apos;%1&apos; ist keine gültige Zeilenanzahl; geben Sie 0 oder mehr an.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Audit-Protokoll ist leer.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPUS</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>GPUS</source>
        <translation>GPUS</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects to each node (verifying its host key against the known_hosts file), says hello to its agent, gathers its facts, and records its state and facts in the inventory. Exit code 0: all online; 3: some unreachable; 4: a host key was refused; 1: an agent is not usable.</source>
        <translation>Verbindet sich mit jedem Knoten (wobei sein Host-Schlüssel gegen die Datei known_hosts geprüft wird), sendet hello an seinen Agenten, sammelt seine Fakten und speichert Zustand und Fakten im Inventar. Exit-Code 0: alle online; 3: einige nicht erreichbar; 4: ein Host-Schlüssel wurde abgelehnt; 1: ein Agent ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Check every node of the inventory.</source>
        <translation>Jeden Knoten des Inventars prüfen.</translation>
    </message>
    <message>
        <source>Longest time one node may take to connect and answer (default %1).</source>
        <translation>Maximale Zeit, die ein Knoten für Verbindung und Antwort benötigen darf (Standard: %1).</translation>
    </message>
    <message>
        <source>How many nodes are contacted at once (default %1).</source>
        <translation>Anzahl der gleichzeitig kontaktierten Knoten (Standard: %1).</translation>
    </message>
    <message>
        <source>Give the names of the nodes to check, or --all (not both).</source>
        <translation>Geben Sie die Namen der zu prüfenden Knoten oder --all an (nicht beides).</translation>
    </message>
    <message>
        <source>--timeout and --concurrency take a whole number of 1 or more.</source>
        <translation>--timeout und --concurrency erwarten eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>The inventory has no nodes to check. Add one with &apos;fleetdeck-cli nodes add&apos;.</source>
        <translation>Das Inventar enthält keine zu prüfenden Knoten. Fügen Sie einen mit &apos;fleetdeck-cli nodes add&apos; hinzu.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as an ONNX model: %2</source>
        <translation>%1 kann nicht als ONNX-Modell importiert werden: %2</translation>
    </message>
    <message>
        <source>Import and list the model versions of the inventory.</source>
        <translation>Die Modellversionen des Inventars importieren und auflisten.</translation>
    </message>
    <message>
        <source>Check an ONNX file and record it as NAME:VERSION.</source>
        <translation>Eine ONNX-Datei prüfen und als NAME:VERSION speichern.</translation>
    </message>
    <message>
        <source>List the model versions and their latest validation.</source>
        <translation>Die Modellversionen und ihre letzte Validierung auflisten.</translation>
    </message>
    <message>
        <source>Checks that FILE loads as an ONNX model, copies it into the artifact store beside the inventory (artifacts/sha256/HASH) and records it as NAME:V. A version never changes: importing the same NAME:V again is accepted only with the same content.</source>
        <translation>Prüft, ob sich FILE als ONNX-Modell laden lässt, kopiert die Datei in den Artefaktspeicher neben dem Inventar (artifacts/sha256/HASH) und speichert sie als NAME:V. Eine Version ändert sich nie: Ein erneuter Import desselben NAME:V wird nur bei identischem Inhalt akzeptiert.</translation>
    </message>
    <message>
        <source>The ONNX model file.</source>
        <translation>Die ONNX-Modelldatei.</translation>
    </message>
    <message>
        <source>Model name: letters, digits and ._- (up to 64 characters).</source>
        <translation>Modellname: Buchstaben, Ziffern und ._- (bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <source>Version: letters, digits and ._+- (up to 64 characters).</source>
        <translation>Version: Buchstaben, Ziffern und ._+- (bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;models import&apos; needs --name NAME and --version V.</source>
        <translation>&apos;models import&apos; benötigt --name NAME und --version V.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory with the same content (SHA-256 %2); nothing changed.</source>
        <translation>%1 ist bereits mit demselben Inhalt im Inventar (SHA-256 %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported %1: %2 bytes, SHA-256 %3.</source>
        <translation>%1 importiert: %2 Byte, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Lists the model versions of the inventory with their latest local validation.</source>
        <translation>Listet die Modellversionen des Inventars mit ihrer letzten lokalen Validierung auf.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <source>IMPORTED (UTC)</source>
        <translation>IMPORTIERT (UTC)</translation>
    </message>
    <message>
        <source>VALIDATION</source>
        <translation>VALIDIERUNG</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There are no model versions; add one with &apos;fleetdeck-cli models import FILE --name NAME --version V&apos;.</source>
        <translation>Es gibt keine Modellversionen; fügen Sie eine mit &apos;fleetdeck-cli models import FILE --name NAME --version V&apos; hinzu.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a tolerance; give a number of 0 or more, like 1e-3.</source>
        <translation>--%1 &apos;%2&apos; ist keine gültige Toleranz; geben Sie eine Zahl ab 0 an, etwa 1e-3.</translation>
    </message>
    <message>
        <source>--device &apos;%1&apos; is not known; give auto, cpu or cuda.</source>
        <translation>--device &apos;%1&apos; ist unbekannt; geben Sie auto, cpu oder cuda an.</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>--seed &apos;%1&apos; ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--data %1 is not a folder; give a test_data_set folder or a folder of them.</source>
        <translation>--data %1 ist kein Ordner; geben Sie einen test_data_set-Ordner oder einen Ordner mit solchen an.</translation>
    </message>
    <message>
        <source>--data %1 holds no test_data_set_N folder and no input_0.pb; give a test_data_set folder or a folder of them.</source>
        <translation>--data %1 enthält weder einen Ordner test_data_set_N noch eine input_0.pb; geben Sie einen test_data_set-Ordner oder einen Ordner mit solchen an.</translation>
    </message>
    <message>
        <source>There is no model version %1 in %2 and no file of that name. &apos;fleetdeck-cli models list&apos; shows the versions there are.</source>
        <translation>In %2 gibt es keine Modellversion %1 und keine Datei dieses Namens. &apos;fleetdeck-cli models list&apos; zeigt die vorhandenen Versionen.</translation>
    </message>
    <message>
        <source>The stored artifact of %1 is damaged: its SHA-256 is %2, not the %3 recorded at import. Import the model file again under a new version.</source>
        <translation>Das gespeicherte Artefakt von %1 ist beschädigt: Sein SHA-256 ist %2, nicht der beim Import erfasste Wert %3. Importieren Sie die Modelldatei erneut unter einer neuen Version.</translation>
    </message>
    <message>
        <source>Validate a model file or NAME:V on this machine and store the verdict.</source>
        <translation>Eine Modelldatei oder NAME:V auf diesem Rechner validieren und die Bewertung speichern.</translation>
    </message>
    <message>
        <source>An ONNX file, or a model version of the inventory.</source>
        <translation>Eine ONNX-Datei oder eine Modellversion aus dem Inventar.</translation>
    </message>
    <message>
        <source>A test_data_set folder (input_N.pb, output_N.pb) or a folder of them.</source>
        <translation>Ein test_data_set-Ordner (input_N.pb, output_N.pb) oder ein Ordner mit mehreren davon.</translation>
    </message>
    <message>
        <source>Relative tolerance (default 1e-3).</source>
        <translation>Relative Toleranz (Standard: 1e-3).</translation>
    </message>
    <message>
        <source>Absolute tolerance (default 1e-5).</source>
        <translation>Absolute Toleranz (Standard: 1e-5).</translation>
    </message>
    <message>
        <source>Seed of the generated inputs (default 1).</source>
        <translation>Seed der erzeugten Eingaben (Standard: 1).</translation>
    </message>
    <message>
        <source>DATA SET</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>ELEMENTS</source>
        <translation>ELEMENTE</translation>
    </message>
    <message>
        <source>MISMATCHES</source>
        <translation>ABWEICHUNGEN</translation>
    </message>
    <message>
        <source>MAX ABS ERR</source>
        <translation>MAX. ABS. FEHLER</translation>
    </message>
    <message>
        <source>MAX REL ERR</source>
        <translation>MAX. REL. FEHLER</translation>
    </message>
    <message>
        <source>NAN</source>
        <translation>NAN</translation>
    </message>
    <message>
        <source>INF</source>
        <translation>INF</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; of %2 has another data type than the golden output.</source>
        <translation>Ausgabe &apos;%1&apos; von %2 hat einen anderen Datentyp als die Referenzausgabe.</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; of %2 has another shape than the golden output.</source>
        <translation>Ausgabe &apos;%1&apos; von %2 hat eine andere Form als die Referenzausgabe.</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; of %2: %3 of %4 values outside the tolerance, max abs error %5, max rel error %6 (it would pass with --atol %7 or --rtol %8).</source>
        <translation>Ausgabe &apos;%1&apos; von %2: %3 von %4 Werten außerhalb der Toleranz, max. abs. Fehler %5, max. rel. Fehler %6 (mit --atol %7 oder --rtol %8 würde sie bestehen).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>Model:     %1 (SHA-256 %2)</source>
        <translation>Modell:    %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Engine:    %1 on %2</source>
        <translation>Engine:    %1 auf %2</translation>
    </message>
    <message>
        <source>Note:      %1</source>
        <translation>Hinweis:   %1</translation>
    </message>
    <message>
        <source>Inputs:    seeded (seed %1), no golden outputs</source>
        <translation>Eingaben:  per Seed erzeugt (Seed %1), keine Referenzausgaben</translation>
    </message>
    <message>
        <source>Inputs:    golden data in %1</source>
        <translation>Eingaben:  Referenzdaten in %1</translation>
    </message>
    <message>
        <source>Tolerance: rtol %1, atol %2</source>
        <translation>Toleranz:  rtol %1, atol %2</translation>
    </message>
    <message>
        <source>Unsupported ops:</source>
        <translation>Nicht unterstützte Operatoren:</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; holds %2 NaN and %3 infinite value(s) on seeded inputs.</source>
        <translation>Ausgabe „%1“ enthält bei erzeugten Eingaben %2 NaN- und %3 unendliche Werte.</translation>
    </message>
    <message>
        <source>Verdict:   %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Read passphrases of encrypted SSH keys from the OS keychain, and keep a typed one there once it has decrypted the key. Off by default, so that scripts never wait on the keychain.</source>
        <translation>Passphrasen verschlüsselter SSH-Schlüssel aus dem Schlüsselbund des Betriebssystems lesen und eine eingegebene Passphrase dort speichern, sobald sie den Schlüssel entschlüsselt hat. Standardmäßig aus, damit Skripte nie auf den Schlüsselbund warten.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli [--db FILE] [--json] [--known-hosts FILE] [--accept-new-host-keys] [--keychain] COMMAND ...</source>
        <translation>Aufruf: fleetdeck-cli [--db FILE] [--json] [--known-hosts FILE] [--accept-new-host-keys] [--keychain] COMMAND ...</translation>
    </message>
    <message>
        <source>--keychain: %1 Passphrases are asked for instead.</source>
        <translation>--keychain: %1 Passphrasen werden stattdessen abgefragt.</translation>
    </message>
    <message>
        <source>The passphrase for key &apos;%1&apos; was not stored in the keychain: %2</source>
        <translation>Die Passphrase für Schlüssel &apos;%1&apos; wurde nicht im Schlüsselbund gespeichert: %2</translation>
    </message>
    <message>
        <source>Wrong passphrase for key &apos;%1&apos;; try again.</source>
        <translation>Falsche Passphrase für Schlüssel &apos;%1&apos;; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain does not decrypt key &apos;%1&apos;.</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase entschlüsselt Schlüssel &apos;%1&apos; nicht.</translation>
    </message>
    <message>
        <source>Enter passphrase for key &apos;%1&apos; (kept in the keychain once it works):</source>
        <translation>Passphrase für Schlüssel &apos;%1&apos; eingeben (wird im Schlüsselbund gespeichert, sobald sie funktioniert):</translation>
    </message>
    <message>
        <source>Enter passphrase for key &apos;%1&apos;:</source>
        <translation>Passphrase für Schlüssel &apos;%1&apos; eingeben:</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s); key &apos;%1&apos; skipped.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde; Schlüssel &apos;%1&apos; übersprungen.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden; Schlüssel &apos;%1&apos; übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; skipped: the command no longer waits for it.</source>
        <translation>Schlüssel &apos;%1&apos; übersprungen: Der Befehl wartet nicht mehr darauf.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a whole number of %3 or more.</source>
        <translation>--%1 &apos;%2&apos; ist keine ganze Zahl ab %3.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number above 0.</source>
        <translation>--%1 &apos;%2&apos; ist keine Zahl größer als 0.</translation>
    </message>
    <message>
        <source>--batch-sizes &apos;%1&apos; is not a list of batch sizes; give whole numbers from 1 to 65536 separated by commas, like 1,2,4,8.</source>
        <translation>--batch-sizes &apos;%1&apos; ist keine gültige Liste von Batchgrößen; geben Sie durch Kommas getrennte ganze Zahlen von 1 bis 65536 an, etwa 1,2,4,8.</translation>
    </message>
    <message>
        <source>--max-memory &apos;%1&apos; is not a size; give bytes or a number with K, M, G or T (binary units: 512M is 512 MiB), like 512M or 2G.</source>
        <translation>--max-memory &apos;%1&apos; ist keine gültige Größe; geben Sie Bytes oder eine Zahl mit K, M, G oder T an (binäre Einheiten: 512M sind 512 MiB), etwa 512M oder 2G.</translation>
    </message>
    <message>
        <source>--no-perf skips the timing that --max-p99-ms, --max-memory and --min-throughput need; leave out --no-perf or the budgets.</source>
        <translation>--no-perf überspringt die Zeitmessung, die --max-p99-ms, --max-memory und --min-throughput benötigen; lassen Sie --no-perf oder die Budgets weg.</translation>
    </message>
    <message>
        <source>Loads the model, lists the ops the engine cannot run, runs it and compares its outputs with the golden outputs of --data (|actual - expected| &lt;= atol + rtol * |expected|). Without --data it runs on seeded inputs and reports each output&apos;s range and NaN and Inf counts. Then it times the model (warm-up, timed runs, p50/p90/p99 latency, throughput per batch size, peak memory) and holds the numbers against the budgets given. The verdict and its numbers are stored in the inventory. Exits with 0 on pass, 1 on fail (outputs or a budget), 5 when the model cannot be validated here.</source>
        <translation>Lädt das Modell, listet die Operatoren auf, die die Engine nicht ausführen kann, führt es aus und vergleicht seine Ausgaben mit den Referenzausgaben aus --data (|actual - expected| &lt;= atol + rtol * |expected|). Ohne --data läuft es mit per Seed erzeugten Eingaben und meldet für jede Ausgabe den Wertebereich sowie die Anzahl der NaN- und Inf-Werte. Anschließend misst es die Laufzeit des Modells (Aufwärmläufe, gemessene Durchläufe, p50/p90/p99-Latenz, Durchsatz je Batchgröße, Spitzenspeicher) und prüft die Werte gegen die angegebenen Budgets. Die Bewertung und ihre Kennzahlen werden im Inventar gespeichert. Beendet sich mit 0 bei Erfolg, 1 bei Fehlschlag (Ausgaben oder ein Budget) und 5, wenn das Modell hier nicht validiert werden kann.</translation>
    </message>
    <message>
        <source>Timed runs per batch size (default 20; a batch size stops after 20 s).</source>
        <translation>Gemessene Durchläufe je Batchgröße (Standard: 20; die Messung einer Batchgröße endet nach 20 s).</translation>
    </message>
    <message>
        <source>Untimed warm-up runs first (default 2).</source>
        <translation>Vorab ungemessene Aufwärmläufe (Standard: 2).</translation>
    </message>
    <message>
        <source>Keep warming up until this many milliseconds have passed, too.</source>
        <translation>Außerdem so lange aufwärmen, bis diese Anzahl Millisekunden vergangen ist.</translation>
    </message>
    <message>
        <source>Keep timing each batch size until its runs add up to this many milliseconds, too (still at most 20 s).</source>
        <translation>Jede Batchgröße außerdem so lange messen, bis ihre Durchläufe zusammen diese Anzahl Millisekunden ergeben (weiterhin höchstens 20 s).</translation>
    </message>
    <message>
        <source>Batch sizes for the throughput table when the model&apos;s batch dimension is free (default 1,2,4,8).</source>
        <translation>Batchgrößen für die Durchsatztabelle, wenn die Batch-Dimension des Modells frei ist (Standard: 1,2,4,8).</translation>
    </message>
    <message>
        <source>Budget: fail when the p99 latency is above X milliseconds.</source>
        <translation>Budget: Fehlschlag, wenn die p99-Latenz über X Millisekunden liegt.</translation>
    </message>
    <message>
        <source>Budget: fail when peak memory is above SIZE (512M, 2G). It means GPU memory; on the CPU it counts only with --device cpu, otherwise it is not measured and fails.</source>
        <translation>Budget: Fehlschlag, wenn der Spitzenspeicher über SIZE liegt (512M, 2G). Gemeint ist der GPU-Speicher; auf der CPU zählt er nur mit --device cpu, andernfalls wird er nicht gemessen und das Budget schlägt fehl.</translation>
    </message>
    <message>
        <source>Budget: fail when the best throughput is below X inferences per second.</source>
        <translation>Budget: Fehlschlag, wenn der beste Durchsatz unter X Inferenzen pro Sekunde liegt.</translation>
    </message>
    <message>
        <source>Check the outputs only; no timing.</source>
        <translation>Nur die Ausgaben prüfen; keine Zeitmessung.</translation>
    </message>
    <message>
        <source>Memory:    peak %1 (the engine&apos;s own count)</source>
        <translation>Speicher:  Spitze %1 (eigene Zählung der Engine)</translation>
    </message>
    <message>
        <source>Memory:    peak %1 (rise of the process&apos;s peak resident set during the runs)</source>
        <translation>Speicher:  Spitze %1 (Anstieg des maximalen Resident Set des Prozesses während der Durchläufe)</translation>
    </message>
    <message>
        <source>Memory:    not measured on this system</source>
        <translation>Speicher:  auf diesem System nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n thread(s)</source>
        <translation>
            <numerusform>%1, %n Thread</numerusform>
            <numerusform>%1, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Device:    %1</source>
        <translation>Gerät:     %1</translation>
    </message>
    <message numerus="yes">
        <source>Latency at batch %1 over %n timed run(s) after %2 warm-up run(s), %3:</source>
        <translation>
            <numerusform>Latenz bei Batchgröße %1, %n gemessener Durchlauf (Aufwärmläufe: %2), %3:</numerusform>
            <numerusform>Latenz bei Batchgröße %1, %n gemessene Durchläufe (Aufwärmläufe: %2), %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>device timer</source>
        <translation>Geräte-Timer</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translation>Wall-Clock-Zeit</translation>
    </message>
    <message>
        <source>P50 MS</source>
        <translation>P50 MS</translation>
    </message>
    <message>
        <source>P90 MS</source>
        <translation>P90 MS</translation>
    </message>
    <message>
        <source>P99 MS</source>
        <translation>P99 MS</translation>
    </message>
    <message>
        <source>MAX MS</source>
        <translation>MAX MS</translation>
    </message>
    <message>
        <source>MEAN MS</source>
        <translation>MITTEL MS</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation>STABIL</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>BATCH</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>DURCHLÄUFE</translation>
    </message>
    <message>
        <source>INFERENCES/S</source>
        <translation>INFERENZEN/S</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>Durchsatz:</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>GRENZWERT</translation>
    </message>
    <message>
        <source>MEASURED</source>
        <translation>GEMESSEN</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Budgets:</source>
        <translation>Budgets:</translation>
    </message>
    <message>
        <source>Where to run: auto (default) uses the GPU when the CUDA engine plugin is installed and finds a device, else the CPU and says why; cuda fails with exit code 5 when there is none; cpu runs the CPU reference engine. On the GPU, seeded inputs are also run on the CPU engine and the outputs compared.</source>
        <translation>Ausführungsort: auto (Standard) verwendet die GPU, wenn das CUDA-Engine-Plugin installiert ist und ein Gerät findet, sonst die CPU und nennt den Grund; cuda schlägt mit Exit-Code 5 fehl, wenn keine GPU verfügbar ist; cpu verwendet die CPU-Referenz-Engine. Auf der GPU werden per Seed erzeugte Eingaben zusätzlich mit der CPU-Engine ausgeführt und die Ausgaben verglichen.</translation>
    </message>
    <message>
        <source>Let the GPU use TF32 tensor cores for float32 matrix products: faster, but with about 10 mantissa bits instead of 23, so outputs drift from float32 references. Unless --rtol or --atol is given, the outputs are then held to the GPU profile&apos;s tolerances (rtol 1e-2, atol 1e-3), and the report says so. Off by default.</source>
        <translation>Der GPU erlauben, für float32-Matrixprodukte TF32-Tensor-Cores zu verwenden: schneller, aber mit etwa 10 statt 23 Mantissenbits, sodass die Ausgaben von float32-Referenzen abweichen. Sofern weder --rtol noch --atol angegeben ist, gelten für die Ausgaben dann die Toleranzen des GPU-Profils (rtol 1e-2, atol 1e-3), und der Bericht weist darauf hin. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Driver:    %1</source>
        <translation>Treiber:   %1</translation>
    </message>
    <message>
        <source>TF32:      allowed in float32 matrix products</source>
        <translation>TF32:      in float32-Matrixprodukten erlaubt</translation>
    </message>
    <message>
        <source>Inputs:    seeded (seed %1), compared with the CPU reference engine&apos;s outputs</source>
        <translation>Eingaben:  per Seed erzeugt (Seed %1), verglichen mit den Ausgaben der CPU-Referenz-Engine</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Credentials</name>
    <message>
        <source>No keychain is available (%1). Install and start one (GNOME Keyring, KWallet), or use ssh-agent.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Installieren und starten Sie einen (GNOME Keyring, KWallet), oder verwenden Sie ssh-agent.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1); it may be locked. Unlock it, or type the passphrase when asked.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1); er ist möglicherweise gesperrt. Entsperren Sie ihn, oder geben Sie die Passphrase ein, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: %1</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the plain-text fallback could not be switched off</source>
        <translation>der Klartext-Fallback konnte nicht abgeschaltet werden</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms: it may be locked, or waiting for an unlock prompt on the desktop.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet: Er ist möglicherweise gesperrt oder wartet auf eine Entsperrabfrage auf dem Desktop.</translation>
    </message>
    <message>
        <source>The keychain cannot be read from its own thread.</source>
        <translation>Der Schlüsselbund kann nicht aus seinem eigenen Thread gelesen werden.</translation>
    </message>
    <message>
        <source>The keychain cannot be written from its own thread.</source>
        <translation>Der Schlüsselbund kann nicht aus seinem eigenen Thread beschrieben werden.</translation>
    </message>
    <message>
        <source>The keychain cannot be changed from its own thread.</source>
        <translation>Der Schlüsselbund kann nicht aus seinem eigenen Thread geändert werden.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Fleet</name>
    <message>
        <source>Use one of: all | NAME[,NAME...] | site=SITE | tier=edge | tier=cloud | label:KEY=VALUE.</source>
        <translation>Verwenden Sie eines der folgenden Formate: all | NAME[,NAME...] | site=SITE | tier=edge | tier=cloud | label:KEY=VALUE.</translation>
    </message>
    <message>
        <source>The node selector is empty.</source>
        <translation>Der Knotenselektor ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label selector: write label:KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; ist kein Label-Selektor: Schreiben Sie label:KEY=VALUE mit einem Schlüssel aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;site=&quot; needs a site name after it.</source>
        <translation>&quot;site=&quot; muss ein Standortname folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; a tier is edge or cloud.</source>
        <translation>&quot;%1&quot; ist keine Ebene; eine Ebene ist edge oder cloud.</translation>
    </message>
    <message>
        <source>The node list &quot;%1&quot; has an empty name.</source>
        <translation>Die Knotenliste &quot;%1&quot; enthält einen leeren Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a node name nor a selector.</source>
        <translation>&quot;%1&quot; ist weder ein Knotenname noch ein Selektor.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is defined twice in this source (first at %2); keep one of them.</source>
        <translation>Knoten &quot;%1&quot; ist in dieser Quelle doppelt definiert (zuerst bei %2); behalten Sie nur eine Definition.</translation>
    </message>
    <message>
        <source>Unknown import format.</source>
        <translation>Unbekanntes Importformat.</translation>
    </message>
    <message>
        <source>a Match block, not a host: its settings apply to the hosts it matches</source>
        <translation>ein Match-Block, kein Host: Seine Einstellungen gelten für die Hosts, auf die er zutrifft</translation>
    </message>
    <message>
        <source>a negated pattern, not a host: it keeps its block from other hosts</source>
        <translation>ein negiertes Muster, kein Host: Es nimmt Hosts von seinem Block aus</translation>
    </message>
    <message>
        <source>a pattern, not a host: its settings apply to the hosts it matches</source>
        <translation>ein Muster, kein Host: Seine Einstellungen gelten für die Hosts, auf die es zutrifft</translation>
    </message>
    <message>
        <source>Host range in &quot;%1&quot; is not valid: %2. Write it like web[1:3], db[01:10], node[a:c] or x[0:10:2].</source>
        <translation>Der Hostbereich in &quot;%1&quot; ist ungültig: %2. Schreiben Sie ihn beispielsweise als web[1:3], db[01:10], node[a:c] oder x[0:10:2].</translation>
    </message>
    <message>
        <source>expected [begin:end] or [begin:end:step]</source>
        <translation>[Anfang:Ende] oder [Anfang:Ende:Schritt] erwartet</translation>
    </message>
    <message>
        <source>the end value is missing</source>
        <translation>der Endwert fehlt</translation>
    </message>
    <message>
        <source>the step must be a positive number</source>
        <translation>die Schrittweite muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the begin must not come after the end</source>
        <translation>der Anfang darf nicht hinter dem Ende liegen</translation>
    </message>
    <message>
        <source>begin and end must both be numbers or both single letters</source>
        <translation>Anfang und Ende müssen entweder beide Zahlen oder beide einzelne Buchstaben sein</translation>
    </message>
    <message>
        <source>a zero-padded begin needs an end of the same width</source>
        <translation>ein Anfang mit führenden Nullen erfordert ein Ende derselben Breite</translation>
    </message>
    <message>
        <source>it names more than 100000 hosts</source>
        <translation>er umfasst mehr als 100000 Hosts</translation>
    </message>
    <message>
        <source>ansible_port &quot;%1&quot; of host %2 is not a port; use a number from 1 to 65535.</source>
        <translation>ansible_port &quot;%1&quot; von Host %2 ist kein Port; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>fleetdeck_tier &quot;%1&quot; of host %2 is not edge or cloud.</source>
        <translation>fleetdeck_tier &quot;%1&quot; von Host %2 ist weder edge noch cloud.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; is its own ancestor through :children; break the loop.</source>
        <translation>Gruppe &quot;%1&quot; ist über :children ihr eigener Vorfahre; lösen Sie die Schleife auf.</translation>
    </message>
    <message>
        <source>Host pattern &quot;%1&quot; opens a range with [ but never closes it.</source>
        <translation>Das Hostmuster &quot;%1&quot; öffnet einen Bereich mit [, schließt ihn aber nicht.</translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; of host %2 is not a port; use a number from 1 to 65535.</source>
        <translation>Port &quot;%1&quot; von Host %2 ist kein Port; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group name; a :children section lists one group per line.</source>
        <translation>&quot;%1&quot; ist kein Gruppenname; ein :children-Abschnitt führt eine Gruppe pro Zeile auf.</translation>
    </message>
    <message>
        <source>Bad section header &quot;%1&quot;; write [group], [group:vars] or [group:children].</source>
        <translation>Ungültige Abschnittsüberschrift &quot;%1&quot;; schreiben Sie [group], [group:vars] oder [group:children].</translation>
    </message>
    <message>
        <source>Expected key=value in [%1:vars], got &quot;%2&quot;.</source>
        <translation>key=value in [%1:vars] erwartet, erhalten: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A quote is not closed; close it or remove it.</source>
        <translation>Ein Anführungszeichen wird nicht geschlossen; schließen oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Expected key=value after the host name, got &quot;%1&quot;.</source>
        <translation>key=value nach dem Hostnamen erwartet, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An Ansible YAML inventory is a mapping of groups (usually starting with &quot;all:&quot;).</source>
        <translation>Ein Ansible-YAML-Inventar ist eine Zuordnung von Gruppen (beginnt meist mit &quot;all:&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group name.</source>
        <translation>&quot;%1&quot; ist kein Gruppenname.</translation>
    </message>
    <message>
        <source>Group %1 must map to hosts, vars and children.</source>
        <translation>Gruppe %1 muss eine Zuordnung mit hosts, vars und children sein.</translation>
    </message>
    <message>
        <source>Group %1 has &quot;%2&quot;; a group has only hosts, vars and children.</source>
        <translation>Gruppe %1 enthält &quot;%2&quot;; eine Gruppe enthält nur hosts, vars und children.</translation>
    </message>
    <message>
        <source>vars must be a mapping of names to values.</source>
        <translation>vars muss eine Zuordnung von Namen zu Werten sein.</translation>
    </message>
    <message>
        <source>hosts of group %1 must be a mapping of host names.</source>
        <translation>hosts der Gruppe %1 muss eine Zuordnung von Hostnamen sein.</translation>
    </message>
    <message>
        <source>children of group %1 must be a mapping of groups.</source>
        <translation>children der Gruppe %1 muss eine Zuordnung von Gruppen sein.</translation>
    </message>
    <message>
        <source>Groups are nested more than %1 levels deep; a group probably contains itself through a YAML alias.</source>
        <translation>Gruppen sind mehr als %1 Stufen tief verschachtelt; vermutlich enthält sich eine Gruppe über einen YAML-Alias selbst.</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>Kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; is not KEY=VALUE; write labels as key=value;key2=value2.</source>
        <translation>Label &quot;%1&quot; hat nicht die Form KEY=VALUE; schreiben Sie Labels als key=value;key2=value2.</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; is given twice; keep one.</source>
        <translation>Label &quot;%1&quot; ist doppelt angegeben; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are %2 (in any order).</source>
        <translation>Unbekannte Spalte &quot;%1&quot;; die Spalten sind %2 (in beliebiger Reihenfolge).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice; keep one.</source>
        <translation>Spalte &quot;%1&quot; kommt doppelt vor; behalten Sie eine davon.</translation>
    </message>
    <message>
        <source>The header row needs the columns name and host (it is: %1).</source>
        <translation>Die Kopfzeile benötigt die Spalten name und host (sie lautet: %1).</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2; quote fields that contain commas.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2; setzen Sie Felder, die Kommas enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; is not a port; use a number from 1 to 65535.</source>
        <translation>Port &quot;%1&quot; ist kein Port; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is not edge or cloud.</source>
        <translation>Ebene &quot;%1&quot; ist weder edge noch cloud.</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>Ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Text after a closing quote; put a comma after the quoted field.</source>
        <translation>Text nach einem schließenden Anführungszeichen; setzen Sie ein Komma hinter das Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file; close its quote.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen; schließen Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row such as %1.</source>
        <translation>Die Datei ist leer; sie benötigt eine Kopfzeile wie %1.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is listed twice (first on line %2); keep one row.</source>
        <translation>Knoten &quot;%1&quot; ist doppelt aufgeführt (zuerst in Zeile %2); behalten Sie nur eine Zeile.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>Host-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Node %1: its agent command starts with &apos;local&apos;, which runs the agent on this computer, but its host %2 is another one. Remove &apos;local&apos; to reach the agent over SSH, or set the host to localhost.</source>
        <translation>Knoten %1: Sein Agent-Befehl beginnt mit &apos;local&apos;, wodurch der Agent auf diesem Computer ausgeführt wird, sein Host %2 ist aber ein anderer. Entfernen Sie &apos;local&apos;, um den Agenten über SSH zu erreichen, oder setzen Sie den Host auf localhost.</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>To trust it, run the check again with --accept-new-host-keys (the key is then pinned in the known_hosts file).</source>
        <translation>Um ihm zu vertrauen, führen Sie die Prüfung erneut mit --accept-new-host-keys aus (der Schlüssel wird dann in der known_hosts-Datei hinterlegt).</translation>
    </message>
    <message>
        <source>Node %1 accepted the SSH connection but not the agent command: %2</source>
        <translation>Knoten %1 hat die SSH-Verbindung angenommen, aber nicht den Agent-Befehl: %2</translation>
    </message>
    <message>
        <source>Node %1: the agent command &quot;%2&quot; was not found there (exit status 127). Install fleetdeck-agent on the node, or correct the node&apos;s agent command with &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</source>
        <translation>Knoten %1: Der Agent-Befehl &quot;%2&quot; wurde dort nicht gefunden (Exit-Status 127). Installieren Sie fleetdeck-agent auf dem Knoten oder korrigieren Sie den Agent-Befehl des Knotens mit &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</translation>
    </message>
    <message>
        <source>Node %1: the agent command &quot;%2&quot; ended (exit status %3).</source>
        <translation>Knoten %1: Der Agent-Befehl &quot;%2&quot; wurde beendet (Exit-Status %3).</translation>
    </message>
    <message>
        <source>Node %1: the agent command &quot;%2&quot; ended (exit status %3) before it answered. Check that it starts fleetdeck-agent rpc, or correct it with &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</source>
        <translation>Knoten %1: Der Agent-Befehl &quot;%2&quot; wurde beendet (Exit-Status %3), bevor er geantwortet hat. Prüfen Sie, ob er fleetdeck-agent rpc startet, oder korrigieren Sie ihn mit &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>hello failed: %1</source>
        <translation>hello fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>node.facts failed: %1</source>
        <translation>node.facts fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Node %1 is reachable but its agent (&quot;%2&quot;) is not usable: %3</source>
        <translation>Knoten %1 ist erreichbar, aber sein Agent (&quot;%2&quot;) ist nicht nutzbar: %3</translation>
    </message>
    <message>
        <source>the agent process closed the session.</source>
        <translation>der Agent-Prozess hat die Sitzung geschlossen.</translation>
    </message>
    <message>
        <source>Node %1 (%2) did not finish connecting within %3 s (connect, host key, hello and facts). Check that the node is up and its agent answers.</source>
        <translation>Knoten %1 (%2) hat den Verbindungsaufbau nicht innerhalb von %3 s abgeschlossen (Verbindung, Host-Schlüssel, hello und Facts). Prüfen Sie, ob der Knoten läuft und sein Agent antwortet.</translation>
    </message>
    <message>
        <source>The check of node %1 was cancelled.</source>
        <translation>Die Prüfung von Knoten %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Node %1 has no open session; connect first.</source>
        <translation>Knoten %1 hat keine offene Sitzung; stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Node %1: the ssh config cannot be used: %2</source>
        <translation>Knoten %1: Die SSH-Konfiguration kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Disconnected by the operator.</source>
        <translation>Vom Bediener getrennt.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Inventory</name>
    <message>
        <source>Inventory %1: %2 failed: %3. Another Fleetdeck (app or CLI) is writing to it; try again when it is done.</source>
        <translation>Inventar %1: %2 fehlgeschlagen: %3. Ein anderes Fleetdeck (Anwendung oder CLI) schreibt gerade darauf; versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>Inventory %1: %2 failed: %3</source>
        <translation>Inventar %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a control character (such as a line break); remove it.</source>
        <translation>%1 &quot;%2&quot; enthält ein Steuerzeichen (etwa einen Zeilenumbruch); entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains white space; it is not allowed there.</source>
        <translation>%1 &quot;%2&quot; enthält Leerzeichen; diese sind dort nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; starts with &quot;-&quot;, which a command line would read as an option; remove the dash.</source>
        <translation>%1 &quot;%2&quot; beginnt mit &quot;-&quot;, was eine Befehlszeile als Option auffassen würde; entfernen Sie den Bindestrich.</translation>
    </message>
    <message>
        <source>Node name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Knotenname &quot;%1&quot; ist nicht erlaubt: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; of node %2 is not a valid host name, IPv4 or IPv6 address; write it like gpu-01.example.com, 10.0.0.5 or fe80::1 (without brackets).</source>
        <translation>Host &quot;%1&quot; von Knoten %2 ist weder ein gültiger Hostname noch eine gültige IPv4- oder IPv6-Adresse; schreiben Sie ihn beispielsweise als gpu-01.example.com, 10.0.0.5 oder fe80::1 (ohne eckige Klammern).</translation>
    </message>
    <message>
        <source>Port %1 of node %2 is out of range; use a port from 1 to 65535.</source>
        <translation>Port %1 von Knoten %2 liegt außerhalb des gültigen Bereichs; verwenden Sie einen Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>User of node %1</source>
        <translation>Benutzer von Knoten %1</translation>
    </message>
    <message>
        <source>Identity file of node %1</source>
        <translation>Identitätsdatei von Knoten %1</translation>
    </message>
    <message>
        <source>Site of node %1</source>
        <translation>Standort von Knoten %1</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; of node %2 starts or ends with white space; remove it.</source>
        <translation>Standort &quot;%1&quot; von Knoten %2 beginnt oder endet mit Leerzeichen; entfernen Sie diese.</translation>
    </message>
    <message>
        <source>Agent command of node %1</source>
        <translation>Agent-Befehl von Knoten %1</translation>
    </message>
    <message>
        <source>Label key &quot;%1&quot; of node %2 is not allowed: use 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;.</source>
        <translation>Label-Schlüssel &quot;%1&quot; von Knoten %2 ist nicht erlaubt: Verwenden Sie 1 bis 128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Label %1 of node %2 has a value that is too long or contains a control character; use at most %3 printable characters.</source>
        <translation>Label %1 von Knoten %2 hat einen Wert, der zu lang ist oder ein Steuerzeichen enthält; verwenden Sie höchstens %3 druckbare Zeichen.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>Inventory %1 was written by a newer Fleetdeck (schema %2, this build knows %3): upgrade Fleetdeck to open it.</source>
        <translation>Inventar %1 wurde von einem neueren Fleetdeck geschrieben (Schema %2, dieser Build kennt %3): Aktualisieren Sie Fleetdeck, um es zu öffnen.</translation>
    </message>
    <message>
        <source>starting schema migration %1</source>
        <translation>Starten der Schemamigration %1</translation>
    </message>
    <message>
        <source>%1 The inventory was left at schema %2.</source>
        <translation>%1 Das Inventar wurde auf Schema %2 belassen.</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>Schemamigration %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>Speichern der Schemaversion %1</translation>
    </message>
    <message>
        <source>committing schema migration %1</source>
        <translation>Festschreiben der Schemamigration %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not an inventory file; give a file name with --db.</source>
        <translation>%1 ist ein Ordner, keine Inventardatei; geben Sie mit --db einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Inventory %1 does not exist; check the path given with --db.</source>
        <translation>Inventar %1 existiert nicht; prüfen Sie den mit --db angegebenen Pfad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the inventory; check its permissions or choose another file with --db.</source>
        <translation>Der Ordner %1 für das Inventar kann nicht erstellt werden; prüfen Sie seine Berechtigungen oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot read inventory %1: %2. Check its permissions.</source>
        <translation>Inventar %1 kann nicht gelesen werden: %2. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database; choose another file with --db or move it away.</source>
        <translation>%1 ist keine SQLite-Datenbank; wählen Sie mit --db eine andere Datei oder verschieben Sie diese Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1 as a SQLite database (%2); it may be damaged. Choose another file with --db or restore a backup.</source>
        <translation>%1 kann nicht als SQLite-Datenbank gelesen werden (%2); sie ist möglicherweise beschädigt. Wählen Sie mit --db eine andere Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>No inventory file given; name one with --db.</source>
        <translation>Keine Inventardatei angegeben; geben Sie eine mit --db an.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; installieren Sie das SQLite-Plugin für Qt 6 (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open inventory %1: %2</source>
        <translation>Inventar %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>Konfigurieren der Verbindung</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Fleetdeck inventory; choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Fleetdeck-Inventar; wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Inventory %1 has schema %2 and this build needs %3; open it once without read-only mode so it can be upgraded.</source>
        <translation>Inventar %1 hat Schema %2, dieser Build benötigt %3; öffnen Sie es einmal ohne Nur-Lese-Modus, damit es aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>marking the file as an inventory</source>
        <translation>Markieren der Datei als Inventar</translation>
    </message>
    <message>
        <source>Cannot keep a copy of inventory %1 before upgrading it (%2); free some disk space or make its folder writable, then try again.</source>
        <translation>Vor der Aktualisierung kann keine Kopie von Inventar %1 angelegt werden (%2); geben Sie Speicherplatz frei oder machen Sie seinen Ordner beschreibbar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>committing a change</source>
        <translation>Festschreiben einer Änderung</translation>
    </message>
    <message>
        <source>undoing a change</source>
        <translation>Rückgängigmachen einer Änderung</translation>
    </message>
    <message>
        <source>Inventory %1 is open read-only; it cannot be changed.</source>
        <translation>Inventar %1 ist schreibgeschützt geöffnet; es kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>appending to the audit log</source>
        <translation>Anhängen an das Audit-Protokoll</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>Prüfen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written: its content does not match its hash.</source>
        <translation>Audit-Zeile %1 wurde nach dem Schreiben geändert: Ihr Inhalt passt nicht zu ihrem Hash.</translation>
    </message>
    <message>
        <source>A row before audit row %1 is missing: the chain must start at row 1, so rows 1 to %2 were removed.</source>
        <translation>Eine Zeile vor Audit-Zeile %1 fehlt: Die Kette muss bei Zeile 1 beginnen, also wurden die Zeilen 1 bis %2 entfernt.</translation>
    </message>
    <message>
        <source>The audit chain start is wrong: row 1 links to a previous row that cannot exist.</source>
        <translation>Der Anfang der Audit-Kette ist fehlerhaft: Zeile 1 verweist auf eine vorherige Zeile, die nicht existieren kann.</translation>
    </message>
    <message>
        <source>A row before audit row %1 is missing: rows %2 to %3 were removed.</source>
        <translation>Vor Audit-Zeile %1 fehlt eine Zeile: Die Zeilen %2 bis %3 wurden entfernt.</translation>
    </message>
    <message>
        <source>Audit row %1 does not link to row %2: row %2 was rewritten, or a row between them removed.</source>
        <translation>Audit-Zeile %1 ist nicht mit Zeile %2 verkettet: Zeile %2 wurde neu geschrieben, oder eine Zeile dazwischen wurde entfernt.</translation>
    </message>
    <message>
        <source>listing nodes</source>
        <translation>Auflisten der Knoten</translation>
    </message>
    <message>
        <source>listing node labels</source>
        <translation>Auflisten der Knoten-Labels</translation>
    </message>
    <message>
        <source>looking up a node</source>
        <translation>Suchen eines Knotens</translation>
    </message>
    <message>
        <source>reading node labels</source>
        <translation>Lesen der Knoten-Labels</translation>
    </message>
    <message>
        <source>listing sites</source>
        <translation>Auflisten der Standorte</translation>
    </message>
    <message>
        <source>A node named %1 already exists; choose another name, or change or remove the existing node.</source>
        <translation>Ein Knoten namens %1 existiert bereits; wählen Sie einen anderen Namen, oder ändern bzw. entfernen Sie den vorhandenen Knoten.</translation>
    </message>
    <message>
        <source>looking up site %1</source>
        <translation>Suchen des Standorts %1</translation>
    </message>
    <message>
        <source>adding site %1</source>
        <translation>Hinzufügen des Standorts %1</translation>
    </message>
    <message>
        <source>replacing node labels</source>
        <translation>Ersetzen der Knoten-Labels</translation>
    </message>
    <message>
        <source>writing node labels</source>
        <translation>Schreiben der Knoten-Labels</translation>
    </message>
    <message>
        <source>adding node %1</source>
        <translation>Hinzufügen des Knotens %1</translation>
    </message>
    <message>
        <source>changing node %1</source>
        <translation>Ändern des Knotens %1</translation>
    </message>
    <message>
        <source>Node %1 cannot be changed: it is not stored yet; add it first.</source>
        <translation>Knoten %1 kann nicht geändert werden: Er ist noch nicht gespeichert; fügen Sie ihn zuerst hinzu.</translation>
    </message>
    <message>
        <source>Node %1 no longer exists (it was removed meanwhile); reload the node list.</source>
        <translation>Knoten %1 existiert nicht mehr (er wurde inzwischen entfernt); laden Sie die Knotenliste neu.</translation>
    </message>
    <message>
        <source>There is no node named %1; list the nodes to see their names.</source>
        <translation>Es gibt keinen Knoten namens %1; lassen Sie sich die Knoten auflisten, um ihre Namen zu sehen.</translation>
    </message>
    <message>
        <source>removing node %1</source>
        <translation>Entfernen des Knotens %1</translation>
    </message>
    <message>
        <source>recording the state of node %1</source>
        <translation>Speichern des Zustands von Knoten %1</translation>
    </message>
    <message>
        <source>recording the facts of node %1</source>
        <translation>Speichern der Fakten von Knoten %1</translation>
    </message>
    <message>
        <source>reading the state of node %1</source>
        <translation>Lesen des Zustands von Knoten %1</translation>
    </message>
    <message>
        <source>reading node states</source>
        <translation>Lesen der Knotenzustände</translation>
    </message>
    <message>
        <source>No inventory is open yet; open one first.</source>
        <translation>Es ist noch kein Inventar geöffnet; öffnen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Model name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Modellname „%1“ ist nicht zulässig: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of model %2 is not allowed: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos;, starting with a letter or digit, without &quot;..&quot;.</source>
        <translation>Die Version „%1“ von Modell %2 ist nicht zulässig: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer, ohne „..“.</translation>
    </message>
    <message>
        <source>Model %1: &quot;%2&quot; is not a SHA-256 in lowercase hex (64 characters).</source>
        <translation>Modell %1: „%2“ ist kein SHA-256-Wert in hexadezimalen Kleinbuchstaben (64 Zeichen).</translation>
    </message>
    <message>
        <source>Model %1 has no stored artifact (size, format or path missing); import the file again.</source>
        <translation>Für Modell %1 ist kein Artefakt gespeichert (Größe, Format oder Pfad fehlt); importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the model file itself.</source>
        <translation>%1 ist ein Ordner; geben Sie die Modelldatei selbst an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot write to the artifact store at %1: %2. Free some disk space or make the folder writable, then import again.</source>
        <translation>In den Artefaktspeicher unter %1 kann nicht geschrieben werden: %2. Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar, und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1 to the end: %2.</source>
        <translation>%1 kann nicht bis zum Ende gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported (its SHA-256 is no longer %2); import it again once nothing writes to it.</source>
        <translation>%1 wurde während des Imports geändert (die SHA-256-Prüfsumme ist nicht mehr %2); importieren Sie die Datei erneut, sobald nichts mehr in sie schreibt.</translation>
    </message>
    <message>
        <source>listing model versions</source>
        <translation>Auflisten der Modellversionen</translation>
    </message>
    <message>
        <source>looking up a model version</source>
        <translation>Suchen einer Modellversion</translation>
    </message>
    <message>
        <source>looking up model %1</source>
        <translation>Suchen des Modells %1</translation>
    </message>
    <message>
        <source>adding model %1</source>
        <translation>Hinzufügen des Modells %1</translation>
    </message>
    <message>
        <source>adding model version %1</source>
        <translation>Hinzufügen der Modellversion %1</translation>
    </message>
    <message>
        <source>Model %1 already exists with other content (SHA-256 %2, this file has %3). A version never changes: import the file under a new version.</source>
        <translation>Modell %1 existiert bereits mit anderem Inhalt (SHA-256 %2, diese Datei hat %3). Eine Version ändert sich nie: Importieren Sie die Datei unter einer neuen Version.</translation>
    </message>
    <message>
        <source>A validation of %1 needs the file&apos;s SHA-256 in lowercase hex; got &quot;%2&quot;.</source>
        <translation>Eine Validierung von %1 benötigt die SHA-256-Prüfsumme der Datei in hexadezimalen Kleinbuchstaben; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>A validation of %1 must name its engine and device.</source>
        <translation>Eine Validierung von %1 muss ihre Engine und ihr Gerät angeben.</translation>
    </message>
    <message>
        <source>recording the validation of %1</source>
        <translation>Speichern der Validierung von %1</translation>
    </message>
    <message>
        <source>reading validations</source>
        <translation>Lesen der Validierungen</translation>
    </message>
    <message>
        <source>recording a connection event of node %1</source>
        <translation>Speichern eines Verbindungsereignisses von Knoten %1</translation>
    </message>
    <message>
        <source>dropping old connection events</source>
        <translation>Löschen alter Verbindungsereignisse</translation>
    </message>
    <message>
        <source>reading connection events</source>
        <translation>Lesen der Verbindungsereignisse</translation>
    </message>
    <message>
        <source>counting connection events</source>
        <translation>Zählen der Verbindungsereignisse</translation>
    </message>
    <message>
        <source>the newest validation&apos;s verdict is %1.</source>
        <translation>die Bewertung der neuesten Validierung lautet %1.</translation>
    </message>
    <message>
        <source>it was validated with rtol %1, looser than the required %2.</source>
        <translation>mit rtol %1 validiert, weniger streng als die geforderten %2.</translation>
    </message>
    <message>
        <source>it was validated with atol %1, looser than the required %2.</source>
        <translation>mit atol %1 validiert, weniger streng als die geforderten %2.</translation>
    </message>
    <message>
        <source>its p99 latency was not measured.</source>
        <translation>die p99-Latenz wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>its p99 latency of %1 ms is above the required %2 ms.</source>
        <translation>die p99-Latenz von %1 ms liegt über den geforderten %2 ms.</translation>
    </message>
    <message>
        <source>its peak memory on the device was not measured.</source>
        <translation>der Spitzenspeicher auf dem Gerät wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>its peak memory of %1 bytes is above the required %2 bytes.</source>
        <translation>der Spitzenspeicher von %1 Byte liegt über den geforderten %2 Byte.</translation>
    </message>
    <message>
        <source>its throughput was not measured.</source>
        <translation>der Durchsatz wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>its best throughput of %1 inferences/s is below the required %2.</source>
        <translation>der beste Durchsatz von %1 Inferenzen/s liegt unter den geforderten %2.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Protocol</name>
    <message>
        <source>The peer sent data that is not a Fleetdeck agent frame (bad magic). Check that the agent command prints nothing else on its output.</source>
        <translation>Die Gegenstelle hat Daten gesendet, die kein Fleetdeck-Agent-Frame sind (falsche Magic-Bytes). Prüfen Sie, ob der Agent-Befehl sonst nichts auf seiner Ausgabe ausgibt.</translation>
    </message>
    <message>
        <source>Unsupported frame format version %1 (this side speaks %2). Install matching versions of Fleetdeck and fleetdeck-agent.</source>
        <translation>Nicht unterstützte Frame-Formatversion %1 (diese Seite spricht %2). Installieren Sie zueinander passende Versionen von Fleetdeck und fleetdeck-agent.</translation>
    </message>
    <message>
        <source>Unknown frame type %1.</source>
        <translation>Unbekannter Frame-Typ %1.</translation>
    </message>
    <message>
        <source>Unknown frame flags 0x%1.</source>
        <translation>Unbekannte Frame-Flags 0x%1.</translation>
    </message>
    <message>
        <source>A frame declares %1 bytes of payload; the limit is %2 bytes.</source>
        <translation>Ein Frame gibt %1 Bytes Nutzdaten an; die Grenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing or is not %2.</source>
        <translation>Das Feld „%1“ fehlt oder ist ungültig (erwartet: %2).</translation>
    </message>
    <message>
        <source>The message is not valid CBOR (%1 at byte %2).</source>
        <translation>Die Nachricht ist kein gültiges CBOR (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The message has %1 stray bytes after its CBOR map.</source>
        <translation>Die Nachricht enthält %1 überzählige Bytes nach ihrer CBOR-Map.</translation>
    </message>
    <message>
        <source>The message is not a CBOR map.</source>
        <translation>Die Nachricht ist keine CBOR-Map.</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>an error code</source>
        <translation>ein Fehlercode</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a byte offset</source>
        <translation>ein Byte-Offset</translation>
    </message>
    <message>
        <source>a byte string</source>
        <translation>eine Bytefolge</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a request id (0 to 4294967295)</source>
        <translation>eine Anfrage-ID (0 bis 4294967295)</translation>
    </message>
    <message>
        <source>a non-zero request id</source>
        <translation>eine Anfrage-ID ungleich null</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>a known frame type</source>
        <translation>ein bekannter Frame-Typ</translation>
    </message>
    <message>
        <source>hello needs &quot;versions&quot;: a non-empty list of protocol versions.</source>
        <translation>hello benötigt „versions“: eine nicht leere Liste von Protokollversionen.</translation>
    </message>
    <message>
        <source>hello &quot;versions&quot; must hold integers only.</source>
        <translation>hello: „versions“ darf nur Ganzzahlen enthalten.</translation>
    </message>
    <message>
        <source>The agent&apos;s hello reply lacks version, agentVersion or capabilities. Update fleetdeck-agent on the node.</source>
        <translation>Der hello-Antwort des Agenten fehlt version, agentVersion oder capabilities. Aktualisieren Sie fleetdeck-agent auf dem Knoten.</translation>
    </message>
    <message>
        <source>The agent&apos;s node facts are not a map with a hostname. Update fleetdeck-agent on the node.</source>
        <translation>Die Knotenfakten des Agenten sind keine Map mit einem Hostnamen. Aktualisieren Sie fleetdeck-agent auf dem Knoten.</translation>
    </message>
    <message>
        <source>The other end closed the channel.</source>
        <translation>Die Gegenstelle hat den Kanal geschlossen.</translation>
    </message>
    <message>
        <source>The connection to the agent is closed.</source>
        <translation>Die Verbindung zum Agenten ist geschlossen.</translation>
    </message>
    <message>
        <source>The agent chose protocol version %1, which this Fleetdeck does not speak. Install matching versions of Fleetdeck and fleetdeck-agent.</source>
        <translation>Der Agent hat die Protokollversion %1 gewählt, die diese Fleetdeck-Version nicht spricht. Installieren Sie zueinander passende Versionen von Fleetdeck und fleetdeck-agent.</translation>
    </message>
    <message>
        <source>The connection to the agent was closed.</source>
        <translation>Die Verbindung zum Agenten wurde geschlossen.</translation>
    </message>
    <message>
        <source>The agent&apos;s answer is not valid: %1</source>
        <translation>Die Antwort des Agenten ist ungültig: %1</translation>
    </message>
    <message>
        <source>The agent sent a malformed message: %1</source>
        <translation>Der Agent hat eine fehlerhafte Nachricht gesendet: %1</translation>
    </message>
    <message>
        <source>The control plane has no method &quot;%1&quot;.</source>
        <translation>Die Control Plane hat keine Methode „%1“.</translation>
    </message>
    <message>
        <source>The agent did not answer &quot;%1&quot; within %2 s.</source>
        <translation>Der Agent hat nicht innerhalb von %2 s auf „%1“ geantwortet.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Transport</name>
    <message>
        <source>Keyword &quot;%1&quot; has no argument; give it a value or remove the line.</source>
        <translation>Das Schlüsselwort „%1“ hat kein Argument; geben Sie einen Wert an oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Unknown keyword &quot;%1&quot;; check its spelling against ssh_config(5), or name it in IgnoreUnknown.</source>
        <translation>Unbekanntes Schlüsselwort „%1“; prüfen Sie die Schreibweise anhand von ssh_config(5), oder tragen Sie es unter IgnoreUnknown ein.</translation>
    </message>
    <message>
        <source>A quote is not closed; close it or remove it.</source>
        <translation>Ein Anführungszeichen wird nicht geschlossen; schließen oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; takes one argument but has %2; quote an argument that contains spaces.</source>
        <translation>Das Schlüsselwort „%1“ erwartet ein Argument, hat aber %2; setzen Sie ein Argument, das Leerzeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Host has an empty pattern; remove it.</source>
        <translation>Host enthält ein leeres Muster; entfernen Sie es.</translation>
    </message>
    <message>
        <source>Match all cannot be combined with other criteria.</source>
        <translation>Match all kann nicht mit anderen Kriterien kombiniert werden.</translation>
    </message>
    <message>
        <source>Match %1 is not supported; that block is never applied.</source>
        <translation>Match %1 wird nicht unterstützt; dieser Block wird nie angewendet.</translation>
    </message>
    <message>
        <source>Match %1 needs a pattern after it.</source>
        <translation>Match %1 benötigt ein nachfolgendes Muster.</translation>
    </message>
    <message>
        <source>Match exec is not supported (Fleetdeck runs no commands from ssh config); that block is never applied.</source>
        <translation>Match exec wird nicht unterstützt (Fleetdeck führt keine Befehle aus der SSH-Konfiguration aus); dieser Block wird nie angewendet.</translation>
    </message>
    <message>
        <source>Unsupported Match criterion &quot;%1&quot;; use all, host, originalhost, user or localuser.</source>
        <translation>Nicht unterstütztes Match-Kriterium „%1“; verwenden Sie all, host, originalhost, user oder localuser.</translation>
    </message>
    <message>
        <source>Include is nested more than %1 levels deep; an included file probably includes itself.</source>
        <translation>Include ist mehr als %1 Ebenen tief verschachtelt; vermutlich bindet sich eine eingebundene Datei selbst ein.</translation>
    </message>
    <message>
        <source>Cannot read included file %1: %2</source>
        <translation>Die eingebundene Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Bad owner or permissions on included file %1; make it yours and writable only by you (chmod 600), as ssh requires.</source>
        <translation>Falscher Eigentümer oder falsche Zugriffsrechte für die eingebundene Datei %1; sie muss Ihnen gehören und darf nur für Sie beschreibbar sein (chmod 600), wie ssh es verlangt.</translation>
    </message>
    <message>
        <source>Cannot read ssh config %1: %2. Check the path and its permissions.</source>
        <translation>Die SSH-Konfiguration %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Bad port &quot;%1&quot;; use a number from 1 to 65535.</source>
        <translation>Ungültiger Port „%1“; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>IdentitiesOnly must be yes or no, not &quot;%1&quot;.</source>
        <translation>IdentitiesOnly muss yes oder no sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>StrictHostKeyChecking must be yes, no, ask or accept-new, not &quot;%1&quot;.</source>
        <translation>StrictHostKeyChecking muss yes, no, ask oder accept-new sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time for %2; write seconds, or a time like 1m30s.</source>
        <translation>„%1“ ist keine gültige Zeitangabe für %2; geben Sie Sekunden oder eine Zeit wie 1m30s an.</translation>
    </message>
    <message>
        <source>The agent command is empty. Set it to, for example, &quot;fleetdeck-agent rpc&quot;.</source>
        <translation>Der Agent-Befehl ist leer. Setzen Sie ihn zum Beispiel auf „fleetdeck-agent rpc“.</translation>
    </message>
    <message>
        <source>Cannot run the agent command &quot;%1&quot;: %2. Install fleetdeck-agent there or correct the node&apos;s agent command.</source>
        <translation>Der Agent-Befehl „%1“ kann nicht ausgeführt werden: %2. Installieren Sie dort fleetdeck-agent, oder korrigieren Sie den Agent-Befehl des Knotens.</translation>
    </message>
    <message>
        <source>The agent command &quot;%1&quot; crashed.</source>
        <translation>Der Agent-Befehl „%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>The agent command &quot;%1&quot; exited with code %2.</source>
        <translation>Der Agent-Befehl „%1“ wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>The key is not valid base64.</source>
        <translation>Der Schlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The key data is truncated.</source>
        <translation>Die Schlüsseldaten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The key says it is of type &quot;%1&quot; but the line names &quot;%2&quot;.</source>
        <translation>Der Schlüssel gibt den Typ „%1“ an, die Zeile nennt aber „%2“.</translation>
    </message>
    <message>
        <source>Unknown marker &quot;%1&quot;; only @revoked and @cert-authority exist. The line is ignored.</source>
        <translation>Unbekannte Markierung „%1“; es gibt nur @revoked und @cert-authority. Die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>Expected hosts, key type and key; the line is ignored.</source>
        <translation>Erwartet wurden Hosts, Schlüsseltyp und Schlüssel; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>Malformed hashed host name; the line is ignored.</source>
        <translation>Fehlerhafter gehashter Hostname; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>The line is ignored.</source>
        <translation>Die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>Cannot read the known hosts file: %1. Check its permissions.</source>
        <translation>Die known_hosts-Datei kann nicht gelesen werden: %1. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the known hosts file.</source>
        <translation>Der Ordner für die known_hosts-Datei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the known hosts file: %1. Check its permissions.</source>
        <translation>In die known_hosts-Datei kann nicht geschrieben werden: %1. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Writing the known hosts file failed: %1.</source>
        <translation>Das Schreiben der known_hosts-Datei ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The host key of %1 matches %2 (%3).</source>
        <translation>Der Host-Schlüssel von %1 stimmt mit %2 überein (%3).</translation>
    </message>
    <message>
        <source>The host %1 is not in %2. It offered the key %3. Confirm this fingerprint with the node&apos;s owner before accepting it.</source>
        <translation>Der Host %1 ist nicht in %2 eingetragen. Er hat den Schlüssel %3 angeboten. Bestätigen Sie diesen Fingerabdruck beim Eigentümer des Knotens, bevor Sie ihn akzeptieren.</translation>
    </message>
    <message>
        <source>REFUSED: the host key of %1 has changed. %2 pins %3, but the host offered %4. Someone may be intercepting the connection, or the node was reinstalled. Check the new fingerprint with the node&apos;s owner; if it is right, remove the old entry with `%5` and connect again.</source>
        <translation>ABGELEHNT: Der Host-Schlüssel von %1 hat sich geändert. %2 hinterlegt %3, der Host hat aber %4 angeboten. Möglicherweise wird die Verbindung abgefangen, oder der Knoten wurde neu installiert. Prüfen Sie den neuen Fingerabdruck mit dem Eigentümer des Knotens; ist er korrekt, entfernen Sie den alten Eintrag mit `%5` und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>REFUSED: the host %1 offered the key %2, which %3 marks as @revoked. Do not connect until the node&apos;s owner has replaced its host key.</source>
        <translation>ABGELEHNT: Der Host %1 hat den Schlüssel %2 angeboten, den %3 als @revoked markiert. Stellen Sie keine Verbindung her, bis der Eigentümer des Knotens dessen Host-Schlüssel ersetzt hat.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; (%2). Check the node&apos;s host name and your DNS.</source>
        <translation>Der Hostname „%1“ kann nicht aufgelöst werden (%2). Prüfen Sie den Hostnamen des Knotens und Ihr DNS.</translation>
    </message>
    <message>
        <source>Connection to %1 refused: no SSH server listens there. Check the port and that sshd runs on the node.</source>
        <translation>Verbindung zu %1 abgelehnt: Dort lauscht kein SSH-Server. Prüfen Sie den Port und ob sshd auf dem Knoten läuft.</translation>
    </message>
    <message>
        <source>Host %1 is unreachable (%2). Check the network path to the node.</source>
        <translation>Host %1 ist nicht erreichbar (%2). Prüfen Sie den Netzwerkpfad zum Knoten.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the node is up and reachable.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde. Prüfen Sie, ob der Knoten läuft und erreichbar ist.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden. Prüfen Sie, ob der Knoten läuft und erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 sent no usable host key: %2</source>
        <translation>%1 hat keinen verwendbaren Host-Schlüssel gesendet: %2</translation>
    </message>
    <message>
        <source>%1 refused to open a session channel: %2</source>
        <translation>%1 hat das Öffnen eines Sitzungskanals abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused to run &quot;%2&quot;: %3</source>
        <translation>%1 hat die Ausführung von „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>Cannot set up an SSH session for %1: %2</source>
        <translation>SSH-Sitzung für %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a channel: %2</source>
        <translation>%1: Kanal kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not accept public-key authentication, the only kind Fleetdeck uses. Allow PubkeyAuthentication in the node&apos;s sshd_config.</source>
        <translation>%1 akzeptiert keine Public-Key-Authentifizierung, die einzige Art, die Fleetdeck verwendet. Erlauben Sie PubkeyAuthentication in der sshd_config des Knotens.</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>%1 (no such file)</source>
        <translation>%1 (Datei nicht vorhanden)</translation>
    </message>
    <message>
        <source>%1 (not accepted)</source>
        <translation>%1 (nicht akzeptiert)</translation>
    </message>
    <message>
        <source>%1 (cannot be read or decrypted)</source>
        <translation>%1 (kann nicht gelesen oder entschlüsselt werden)</translation>
    </message>
    <message>
        <source>no key: no ssh-agent and no identity file found</source>
        <translation>kein Schlüssel: kein ssh-agent und keine Identitätsdatei gefunden</translation>
    </message>
    <message>
        <source>%1 refused authentication. Tried: %2. Add one of your public keys to the node&apos;s authorized_keys, or set the node&apos;s identity file.</source>
        <translation>%1 hat die Authentifizierung abgelehnt. Versucht: %2. Fügen Sie einen Ihrer öffentlichen Schlüssel zu authorized_keys des Knotens hinzu, oder legen Sie die Identitätsdatei des Knotens fest.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during authentication: %2</source>
        <translation>Die Verbindung zu %1 ist während der Authentifizierung abgebrochen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>Senden an %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering: nothing received for %n second(s). The node or the network path to it is down.</source>
        <translation>
            <numerusform>%1 antwortet nicht mehr: seit %n Sekunde nichts empfangen. Der Knoten oder der Netzwerkpfad zu ihm ist ausgefallen.</numerusform>
            <numerusform>%1 antwortet nicht mehr: seit %n Sekunden nichts empfangen. Der Knoten oder der Netzwerkpfad zu ihm ist ausgefallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote command exited with status %1.</source>
        <translation>Der entfernte Befehl wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>Jump host %1 (hop %2 of %3): %4</source>
        <translation>Jump-Host %1 (Hop %2 von %3): %4</translation>
    </message>
    <message>
        <source>ProxyJump hop &quot;%1&quot; is not valid: %2 Write [user@]host[:port] or ssh://[user@]host[:port], hops separated by commas.</source>
        <translation>ProxyJump-Hop „%1“ ist ungültig: %2 Schreiben Sie [user@]host[:port] oder ssh://[user@]host[:port], mehrere Hops durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>the user before @ is empty.</source>
        <translation>der Benutzer vor @ ist leer.</translation>
    </message>
    <message>
        <source>a [ is not closed.</source>
        <translation>eine eckige Klammer [ wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>only :port may follow ].</source>
        <translation>auf ] darf nur :port folgen.</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, e.g. [::1]:22.</source>
        <translation>eine IPv6-Adresse muss in eckigen Klammern stehen, z. B. [::1]:22.</translation>
    </message>
    <message>
        <source>the host is empty.</source>
        <translation>der Host ist leer.</translation>
    </message>
    <message>
        <source>it contains a space.</source>
        <translation>er enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The ssh config gives %1 a ProxyCommand, which Fleetdeck does not run (it runs no commands from ssh config). Use ProxyJump to reach it through a jump host instead.</source>
        <translation>Die SSH-Konfiguration weist %1 ein ProxyCommand zu, das Fleetdeck nicht ausführt (Fleetdeck führt keine Befehle aus der SSH-Konfiguration aus). Verwenden Sie stattdessen ProxyJump, um den Host über einen Jump-Host zu erreichen.</translation>
    </message>
    <message>
        <source>ProxyJump of %1: %2</source>
        <translation>ProxyJump von %1: %2</translation>
    </message>
    <message>
        <source>The jump hosts of %1 lead to more than %2 hops; the ssh config&apos;s ProxyJump lines probably form a loop.</source>
        <translation>Die Jump-Hosts von %1 führen zu mehr als %2 Hops; die ProxyJump-Zeilen der SSH-Konfiguration bilden vermutlich eine Schleife.</translation>
    </message>
    <message>
        <source>%1 is behind more than %2 jump hosts; shorten its ProxyJump chain.</source>
        <translation>%1 liegt hinter mehr als %2 Jump-Hosts; kürzen Sie die ProxyJump-Kette.</translation>
    </message>
    <message>
        <source>Jump host %1 could not open a connection to %2: %3. Check that %2 is reachable from the jump host and that its sshd allows TCP forwarding there (AllowTcpForwarding, PermitOpen).</source>
        <translation>Jump-Host %1 konnte keine Verbindung zu %2 öffnen: %3. Prüfen Sie, ob %2 vom Jump-Host aus erreichbar ist und ob dessen sshd dort TCP-Weiterleitung erlaubt (AllowTcpForwarding, PermitOpen).</translation>
    </message>
    <message>
        <source>Cannot relay through jump host %1: %2</source>
        <translation>Weiterleitung über Jump-Host %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>Jump-Host %1: %2</translation>
    </message>
    <message>
        <source>the connection to it was lost (%1).</source>
        <translation>die Verbindung zu ihm wurde unterbrochen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>it stopped answering: nothing received for %n second(s).</source>
        <translation>
            <numerusform>er antwortet nicht mehr: seit %n Sekunde nichts empfangen.</numerusform>
            <numerusform>er antwortet nicht mehr: seit %n Sekunden nichts empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is reached through the jump host(s) %1, which may be the one down.</source>
        <translation>Der Knoten wird über Jump-Host(s) %1 erreicht; möglicherweise ist einer davon ausgefallen.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Ui</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Model versions you have imported, with their hashes, signatures and local validation results, and where each version is deployed.</source>
        <translation>Von Ihnen importierte Modellversionen mit ihren Hashes, Signaturen und lokalen Validierungsergebnissen und wo jede Version bereitgestellt ist.</translation>
    </message>
    <message>
        <source>Gated rollouts of a model version in waves, with bake times, metric gates, stop rules, and the reason for every decision.</source>
        <translation>Kontrollierte Rollouts einer Modellversion in Wellen, mit Beobachtungszeiten, Metrik-Schwellen, Stoppregeln und der Begründung jeder Entscheidung.</translation>
    </message>
    <message>
        <source>Failover groups: which member serves each service, the standbys in order, and a button to fail over by hand.</source>
        <translation>Failover-Gruppen: welches Mitglied jeden Dienst bereitstellt, die Standbys in ihrer Reihenfolge und eine Schaltfläche für ein manuelles Failover.</translation>
    </message>
    <message>
        <source>Configuration files pushed to nodes, their versions, a diff against what each node runs, and rollback.</source>
        <translation>An Knoten verteilte Konfigurationsdateien, ihre Versionen, ein Vergleich mit dem Stand auf jedem Knoten und Rollback.</translation>
    </message>
    <message>
        <source>CSV exports of the inventory, deployments, rollouts, failovers, validations, metrics and audit log, and a PDF operational report.</source>
        <translation>CSV-Exporte von Inventar, Bereitstellungen, Rollouts, Failovers, Validierungen, Metriken und Audit-Protokoll sowie ein PDF-Betriebsbericht.</translation>
    </message>
    <message>
        <source>About Fleetdeck</source>
        <translation>Über Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck %1
A control plane for hybrid edge/cloud AI inference fleets.</source>
        <translation>Fleetdeck %1
Eine Control Plane für hybride Edge-/Cloud-Flotten zur KI-Inferenz.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot open the inventory: %1</source>
        <translation>Das Inventar kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Demo fleet: %n node(s) added</source>
        <translation>
            <numerusform>Demo-Flotte: %n Knoten hinzugefügt</numerusform>
            <numerusform>Demo-Flotte: %n Knoten hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the demo fleet: %1</source>
        <translation>Die Demo-Flotte konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No inventory open</source>
        <translation>Kein Inventar geöffnet</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventar: %1</translation>
    </message>
    <message>
        <source>%1 — Fleetdeck</source>
        <translation>%1 — Fleetdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import nodes…</source>
        <translation>Knoten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>Ü&amp;ber Fleetdeck</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>edge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>identity file</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>agent command</source>
        <translation>Agent-Befehl</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>ändert %1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>This page is not built yet. It shows nothing until the feature exists.</source>
        <translation>Diese Seite ist noch nicht fertig. Sie zeigt nichts an, bis die Funktion verfügbar ist.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a node to the inventory</source>
        <translation>Knoten zum Inventar hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected node</source>
        <translation>Ausgewählten Knoten bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected nodes from the inventory</source>
        <translation>Ausgewählte Knoten aus dem Inventar entfernen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import nodes from an ssh_config file, an Ansible inventory or a CSV file</source>
        <translation>Knoten aus einer ssh_config-Datei, einem Ansible-Inventar oder einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Filter by name, host, site or label</source>
        <translation>Nach Name, Host, Standort oder Label filtern</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Edge nodes</source>
        <translation>Edge-Knoten</translation>
    </message>
    <message>
        <source>Cloud nodes</source>
        <translation>Cloud-Knoten</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Show all nodes</source>
        <translation>Alle Knoten anzeigen</translation>
    </message>
    <message>
        <source>Show edge nodes only</source>
        <translation>Nur Edge-Knoten anzeigen</translation>
    </message>
    <message>
        <source>Show cloud nodes only</source>
        <translation>Nur Cloud-Knoten anzeigen</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <source>The inventory has no nodes yet. Add one, or import your ~/.ssh/config, an Ansible inventory or a CSV file.</source>
        <translation>Das Inventar enthält noch keine Knoten. Fügen Sie einen hinzu oder importieren Sie Ihre ~/.ssh/config, ein Ansible-Inventar oder eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Could not read the nodes: %1</source>
        <translation>Die Knoten konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n node(s)</source>
        <translation>
            <numerusform>%1 von %n Knoten angezeigt</numerusform>
            <numerusform>%1 von %n Knoten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Added node %1</source>
        <translation>Knoten %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Updated node %1</source>
        <translation>Knoten %1 aktualisiert</translation>
    </message>
    <message>
        <source>Remove node %1 from the inventory? Its history stays in the audit log.</source>
        <translation>Knoten %1 aus dem Inventar entfernen? Sein Verlauf bleibt im Audit-Protokoll erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n node(s) from the inventory? Their history stays in the audit log.</source>
        <translation>
            <numerusform>%n Knoten aus dem Inventar entfernen? Sein Verlauf bleibt im Audit-Protokoll erhalten.</numerusform>
            <numerusform>%n Knoten aus dem Inventar entfernen? Ihr Verlauf bleibt im Audit-Protokoll erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove nodes</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <source>Removed node %1</source>
        <translation>Knoten %1 entfernt</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Audit-Kette wird überprüft…</translation>
    </message>
    <message>
        <source>Could not verify the audit log: %1</source>
        <translation>Das Audit-Protokoll konnte nicht überprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Die Audit-Kette ist intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Die Audit-Kette ist intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2. Rows from there on cannot be trusted; restore the inventory from a backup.</source>
        <translation>Die Audit-Kette ist in Zeile %1 unterbrochen: %2. Ab dieser Zeile sind die Einträge nicht vertrauenswürdig; stellen Sie das Inventar aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette überprüfen</translation>
    </message>
    <message>
        <source>Check that no audit row was changed or deleted</source>
        <translation>Prüfen, dass keine Audit-Zeile geändert oder gelöscht wurde</translation>
    </message>
    <message>
        <source>Open or create an inventory</source>
        <translation>Inventar öffnen oder erstellen</translation>
    </message>
    <message>
        <source>Fleetdeck inventory (*.sqlite *.db);;All files (*)</source>
        <translation>Fleetdeck-Inventar (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Datenspeicherort</translation>
    </message>
    <message>
        <source>The inventory file (SQLite) that holds nodes and the audit log:</source>
        <translation>Die Inventardatei (SQLite) mit den Knoten und dem Audit-Protokoll:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Labels, line %1: “%2” is not key=value. Write one label per line, for example gpu=a100.</source>
        <translation>Labels, Zeile %1: „%2“ hat nicht die Form key=value. Schreiben Sie ein Label pro Zeile, zum Beispiel gpu=a100.</translation>
    </message>
    <message>
        <source>Labels, line %1: the key “%2” appears twice.</source>
        <translation>Labels, Zeile %1: Der Schlüssel „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>A node named “%1” is already in the inventory. Choose another name, or edit that node.</source>
        <translation>Ein Knoten namens „%1“ ist bereits im Inventar vorhanden. Wählen Sie einen anderen Namen oder bearbeiten Sie diesen Knoten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The inventory refused the node: %1</source>
        <translation>Das Inventar hat den Knoten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Choose an SSH private key</source>
        <translation>Privaten SSH-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Knoten %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identitätsdatei:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Agent command:</source>
        <translation>&amp;Agent-Befehl:</translation>
    </message>
    <message>
        <source>e.g. edge-berlin-01</source>
        <translation>z. B. edge-berlin-01</translation>
    </message>
    <message>
        <source>DNS name or IP address</source>
        <translation>DNS-Name oder IP-Adresse</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your user name</source>
        <translation>aus ~/.ssh/config, sonst Ihr Benutzername</translation>
    </message>
    <message>
        <source>path to a private key (never the key itself)</source>
        <translation>Pfad zu einem privaten Schlüssel (niemals der Schlüssel selbst)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>one key=value per line, e.g. gpu=a100</source>
        <translation>ein key=value pro Zeile, z. B. gpu=a100</translation>
    </message>
    <message>
        <source>default: fleetdeck-agent rpc</source>
        <translation>Standard: fleetdeck-agent rpc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import nodes</source>
        <translation>Knoten importieren</translation>
    </message>
    <message>
        <source>Node sources (config *.conf *.ini *.yml *.yaml *.csv *.txt);;All files (*)</source>
        <translation>Knotenquellen (config *.conf *.ini *.yml *.yaml *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot import: %1
Nothing was written. Fix the file, or choose another format.</source>
        <translation>Import nicht möglich: %1
Es wurde nichts geschrieben. Korrigieren Sie die Datei oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged, %4 skipped.</source>
        <translation>%1 hinzuzufügen, %2 zu aktualisieren, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged, %5 skipped</source>
        <translation>Aus %1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 übersprungen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>SSH config (~/.ssh/config)</source>
        <translation>SSH-Konfiguration (~/.ssh/config)</translation>
    </message>
    <message>
        <source>Ansible inventory (INI or YAML)</source>
        <translation>Ansible-Inventar (INI oder YAML)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>The passphrase of %1 was not kept in the system keychain: %2</source>
        <translation>Die Passphrase von %1 wurde nicht im Schlüsselbund des Systems gespeichert: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected. Use Connect to open a session to this node&apos;s agent.</source>
        <translation>Nicht verbunden. Öffnen Sie mit „Verbinden“ eine Sitzung zum Agenten dieses Knotens.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation>wieder verbunden</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>Host-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Open a session to the selected nodes&apos; agents (%1)</source>
        <translation>Eine Sitzung zu den Agenten der ausgewählten Knoten öffnen (%1)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Close the sessions of the selected nodes (%1)</source>
        <translation>Die Sitzungen der ausgewählten Knoten schließen (%1)</translation>
    </message>
    <message>
        <source>Connect all</source>
        <translation>Alle verbinden</translation>
    </message>
    <message>
        <source>Open a session to every node not connected yet (%1)</source>
        <translation>Eine Sitzung zu jedem noch nicht verbundenen Knoten öffnen (%1)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Host key of %1 accepted: connecting</source>
        <translation>Host-Schlüssel von %1 akzeptiert: Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: the node stays refused</source>
        <translation>Host-Schlüssel von %1 abgelehnt: Der Knoten bleibt abgewiesen</translation>
    </message>
    <message>
        <source>Online: %1, degraded: %2, unreachable: %3, host key refused: %4, connecting: %5</source>
        <translation>Online: %1, beeinträchtigt: %2, nicht erreichbar: %3, Host-Schlüssel abgelehnt: %4, Verbindungsaufbau: %5</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)…</source>
        <translation>
            <numerusform>Verbindung zu %n Knoten wird hergestellt…</numerusform>
            <numerusform>Verbindung zu %n Knoten wird hergestellt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n node(s)</source>
        <translation>
            <numerusform>%n Knoten wird getrennt</numerusform>
            <numerusform>%n Knoten werden getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the connection events: %1</source>
        <translation>Die Verbindungsereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Filter by node</source>
        <translation>Nach Knoten filtern</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a tolerance; give a number of 0 or more, like 1e-3.</source>
        <translation>%1 &apos;%2&apos; ist keine gültige Toleranz; geben Sie eine Zahl ab 0 an, etwa 1e-3.</translation>
    </message>
    <message>
        <source>Could not read the model versions: %1</source>
        <translation>Die Modellversionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>ONNX-Modell auswählen</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a test data folder</source>
        <translation>Testdatenordner auswählen</translation>
    </message>
    <message>
        <source>Choose a model version, or a file. &apos;fleetdeck-cli models import&apos; adds versions to the inventory.</source>
        <translation>Wählen Sie eine Modellversion oder eine Datei. &apos;fleetdeck-cli models import&apos; fügt dem Inventar Versionen hinzu.</translation>
    </message>
    <message>
        <source>Choose a model file to validate.</source>
        <translation>Wählen Sie eine zu validierende Modelldatei.</translation>
    </message>
    <message>
        <source>%1 is not a file; choose an ONNX model file.</source>
        <translation>%1 ist keine Datei; wählen Sie eine ONNX-Modelldatei.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder; give a test_data_set folder or a folder of them, or leave it empty.</source>
        <translation>Der Datenordner %1 ist kein Ordner; geben Sie einen test_data_set-Ordner oder einen Ordner mit solchen an, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The data folder %1 holds no test_data_set_N folder and no input_0.pb; give a test_data_set folder or a folder of them.</source>
        <translation>Der Datenordner %1 enthält keinen test_data_set_N-Ordner und keine input_0.pb; geben Sie einen test_data_set-Ordner oder einen Ordner mit solchen an.</translation>
    </message>
    <message>
        <source>rtol</source>
        <translation>rtol</translation>
    </message>
    <message>
        <source>atol</source>
        <translation>atol</translation>
    </message>
    <message>
        <source>Max p99 &apos;%1&apos; is not a latency; give milliseconds above 0, like 12.5, or leave it empty.</source>
        <translation>Max. p99 &apos;%1&apos; ist keine gültige Latenz; geben Sie Millisekunden größer als 0 an, etwa 12.5, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Max memory &apos;%1&apos; is not a size; give bytes or a size like 512M or 2G, or leave it empty.</source>
        <translation>Max. Speicher &apos;%1&apos; ist keine gültige Größe; geben Sie Bytes oder eine Größe wie 512M oder 2G an, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>%1 wird validiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation>Validierung abgebrochen</translation>
    </message>
    <message>
        <source>Validation finished: %1</source>
        <translation>Validierung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The verdict could not be stored: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read earlier verdicts: %1</source>
        <translation>Frühere Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No model versions imported</source>
        <translation>Keine Modellversionen importiert</translation>
    </message>
    <message>
        <source>An ONNX model file</source>
        <translation>Eine ONNX-Modelldatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Optional: golden test_data_set folders</source>
        <translation>Optional: test_data_set-Ordner mit Referenzdaten</translation>
    </message>
    <message>
        <source>Empty: the test_data_set_N folders beside the model; without any, the model runs on seeded generated inputs.</source>
        <translation>Leer: die test_data_set_N-Ordner neben dem Modell; gibt es keine, läuft das Modell mit per Seed erzeugten Eingaben.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>A GPU when a CUDA engine and device exist, else the CPU reference engine</source>
        <translation>Eine GPU, wenn eine CUDA-Engine und ein CUDA-Gerät vorhanden sind, sonst die CPU-Referenz-Engine</translation>
    </message>
    <message>
        <source>The CPU reference engine</source>
        <translation>Die CPU-Referenz-Engine</translation>
    </message>
    <message>
        <source>rtol / atol</source>
        <translation>rtol / atol</translation>
    </message>
    <message>
        <source>Relative tolerance: |actual − expected| ≤ atol + rtol·|expected|</source>
        <translation>Relative Toleranz: |actual − expected| ≤ atol + rtol·|expected|</translation>
    </message>
    <message>
        <source>Absolute tolerance: |actual − expected| ≤ atol + rtol·|expected|</source>
        <translation>Absolute Toleranz: |actual − expected| ≤ atol + rtol·|expected|</translation>
    </message>
    <message>
        <source>Timed runs</source>
        <translation>Gemessene Durchläufe</translation>
    </message>
    <message>
        <source>Runs timed after the warm-up, for the latency percentiles</source>
        <translation>Nach dem Aufwärmen gemessene Durchläufe für die Latenzperzentile</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Max p99 (ms)</source>
        <translation>Max. p99 (ms)</translation>
    </message>
    <message>
        <source>Max memory (512M, 2G)</source>
        <translation>Max. Speicher (512M, 2G)</translation>
    </message>
    <message>
        <source>Peak memory of the device that runs the model. With the device set to CPU it is host memory; otherwise it means GPU memory, and a CPU run cannot meet it.</source>
        <translation>Spitzenspeicher des Geräts, auf dem das Modell läuft. Ist als Gerät die CPU eingestellt, ist es der Hauptspeicher des Hosts; andernfalls ist der GPU-Speicher gemeint, und ein Lauf auf der CPU kann das Budget nicht erfüllen.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Earlier verdicts of this version</source>
        <translation>Frühere Bewertungen dieser Version</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing was stored.</source>
        <translation>Der Lauf wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Every output is within the tolerance (rtol %1, atol %2).</source>
        <translation>Alle Ausgaben liegen innerhalb der Toleranz (rtol %1, atol %2).</translation>
    </message>
    <message>
        <source>No golden outputs were found, so the model ran on seeded inputs: no output holds NaN or Inf.</source>
        <translation>Es wurden keine Referenzausgaben gefunden, daher lief das Modell mit per Seed erzeugten Eingaben: Keine Ausgabe enthält NaN oder Inf.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outputs differ from the golden outputs beyond the tolerance, or hold NaN or Inf; the table below names them.</source>
        <translation>Ausgaben weichen über die Toleranz hinaus von den Referenzausgaben ab oder enthalten NaN oder Inf; die Tabelle unten führt sie auf.</translation>
    </message>
    <message>
        <source>Cannot validate</source>
        <translation>Validierung nicht möglich</translation>
    </message>
    <message>
        <source>Unsupported ops:</source>
        <translation>Nicht unterstützte Operatoren:</translation>
    </message>
    <message numerus="yes">
        <source>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms (%n timed run(s) at batch %5)</source>
        <translation>
            <numerusform>p50 %1 ms · p90 %2 ms · p99 %3 ms · max. %4 ms (%n gemessener Durchlauf bei Batchgröße %5)</numerusform>
            <numerusform>p50 %1 ms · p90 %2 ms · p99 %3 ms · max. %4 ms (%n gemessene Durchläufe bei Batchgröße %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak memory %1 (the engine&apos;s live tensors)</source>
        <translation>Spitzenspeicher %1 (aktive Tensoren der Engine)</translation>
    </message>
    <message>
        <source>Peak memory %1 (growth of the process&apos;s peak resident set)</source>
        <translation>Spitzenspeicher %1 (Anstieg des maximalen Resident Set des Prozesses)</translation>
    </message>
    <message>
        <source>Peak memory not measured</source>
        <translation>Spitzenspeicher nicht gemessen</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Inferences/s</source>
        <translation>Inferenzen/s</translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation>Mittlere Latenz (ms)</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>%1 of %2 values outside the tolerance</source>
        <translation>%1 von %2 Werten außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>atol %1 or rtol %2</source>
        <translation>atol %1 oder rtol %2</translation>
    </message>
    <message>
        <source>Failed: other data type</source>
        <translation>Fehlgeschlagen: anderer Datentyp</translation>
    </message>
    <message>
        <source>Failed: other shape</source>
        <translation>Fehlgeschlagen: andere Form</translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n value(s) off</source>
        <translation>
            <numerusform>Fehlgeschlagen: %n Wert abweichend</numerusform>
            <numerusform>Fehlgeschlagen: %n Werte abweichend</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: NaN or Inf</source>
        <translation>Fehlgeschlagen: NaN oder Inf</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Max abs error</source>
        <translation>Max. abs. Fehler</translation>
    </message>
    <message>
        <source>Max rel error</source>
        <translation>Max. rel. Fehler</translation>
    </message>
    <message>
        <source>Tolerance needed</source>
        <translation>Benötigte Toleranz</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Inf</source>
        <translation>Inf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>rtol %1, atol %2</source>
        <translation>rtol %1, atol %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>The stored artifact of %1 is damaged: its SHA-256 is %2, not the %3 recorded at import. Import the model file again under a new version.</source>
        <translation>Das gespeicherte Artefakt von %1 ist beschädigt: Sein SHA-256 ist %2, nicht der beim Import erfasste Wert %3. Importieren Sie die Modelldatei erneut unter einer neuen Version.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Latency (ms, lower edge of each bin)</source>
        <translation>Latenz (ms, Untergrenze jedes Intervalls)</translation>
    </message>
    <message>
        <source>p50 %1 ms</source>
        <translation>p50 %1 ms</translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation>p99 %1 ms</translation>
    </message>
    <message>
        <source>Host key of %1</source>
        <translation>Host-Schlüssel von %1</translation>
    </message>
    <message>
        <source>Accept and connect</source>
        <translation>Akzeptieren und verbinden</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The authenticity of host %1 (node %2) cannot be established.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It offers this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare the fingerprint with the one the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the host&apos;s public key). If you accept, the key is written to &lt;tt&gt;%5&lt;/tt&gt; and later connections must present the same key.&lt;/p&gt;&lt;p&gt;Do you trust this key and want to connect?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Echtheit des Hosts %1 (Knoten %2) kann nicht festgestellt werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Er bietet diesen %3-Schlüssel an:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Hosts nennt (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; auf den öffentlichen Schlüssel des Hosts). Wenn Sie akzeptieren, wird der Schlüssel in &lt;tt&gt;%5&lt;/tt&gt; geschrieben, und spätere Verbindungen müssen denselben Schlüssel vorweisen.&lt;/p&gt;&lt;p&gt;Vertrauen Sie diesem Schlüssel und möchten Sie die Verbindung herstellen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The host key of %1 (node %2) is not known.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It offered this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Connect to the node again to be asked whether to trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Host-Schlüssel von %1 (Knoten %2) ist nicht bekannt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Host hat diesen %3-Schlüssel angeboten:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Verbinden Sie sich erneut mit dem Knoten, um gefragt zu werden, ob Sie dem Schlüssel vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WARNING: the host key of %1 (node %2) has CHANGED.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone could be eavesdropping on you (a man-in-the-middle attack), or the host was reinstalled. Fleetdeck refuses to connect.&lt;/p&gt;&lt;p&gt;Pinned in &lt;tt&gt;%3&lt;/tt&gt;:%4&lt;/p&gt;&lt;p&gt;Offered now (%5):&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;If the host&apos;s administrator confirms the new key, remove the old line with the command below and connect again; you will then be asked to confirm the new key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WARNUNG: Der Host-Schlüssel von %1 (Knoten %2) hat sich GEÄNDERT.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Möglicherweise werden Sie abgehört (ein Man-in-the-Middle-Angriff), oder der Host wurde neu installiert. Fleetdeck verweigert die Verbindung.&lt;/p&gt;&lt;p&gt;Hinterlegt in &lt;tt&gt;%3&lt;/tt&gt;:%4&lt;/p&gt;&lt;p&gt;Jetzt angeboten (%5):&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Wenn der Administrator des Hosts den neuen Schlüssel bestätigt, entfernen Sie die alte Zeile mit dem folgenden Befehl und verbinden Sie sich erneut; Sie werden dann aufgefordert, den neuen Schlüssel zu bestätigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Enter the passphrase of this SSH key to connect.</source>
        <translation>Geben Sie die Passphrase dieses SSH-Schlüssels ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it did not decrypt the key. Try again (attempt %1).</source>
        <translation>Falsche Passphrase: Sie hat den Schlüssel nicht entschlüsselt. Versuchen Sie es erneut (Versuch %1).</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keychain no longer decrypts this key. Enter the current one.</source>
        <translation>Die im Schlüsselbund des Systems gespeicherte Passphrase entschlüsselt diesen Schlüssel nicht mehr. Geben Sie die aktuelle ein.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passphrase is kept in memory only until Fleetdeck quits.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird die Passphrase nur im Arbeitsspeicher gehalten, bis Fleetdeck beendet wird.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Select a node to see its connection and facts.</source>
        <translation>Wählen Sie einen Knoten aus, um seine Verbindung und Fakten anzuzeigen.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Not connected. Connect to read this node&apos;s agent version and facts.</source>
        <translation>Nicht verbunden. Stellen Sie eine Verbindung her, um die Agent-Version und die Fakten dieses Knotens zu lesen.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>local process</source>
        <translation>lokaler Prozess</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Agent command</source>
        <translation>Agent-Befehl</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>Pinned key</source>
        <translation>Hinterlegter Schlüssel</translation>
    </message>
    <message>
        <source>Review host key…</source>
        <translation>Host-Schlüssel prüfen…</translation>
    </message>
    <message>
        <source>How to fix…</source>
        <translation>Behebung…</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %n</source>
        <translation>
            <numerusform>%1 × %n</numerusform>
            <numerusform>%1 × %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3, %4)</source>
        <translation>%1 von %2 frei (%3, %4)</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1, %2, driver %3</source>
        <translation>%1, %2, Treiber %3</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>Facts (last known)</source>
        <translation>Fakten (zuletzt bekannt)</translation>
    </message>
    <message>
        <source>Checking for the CUDA engine and a GPU…</source>
        <translation>Suche nach der CUDA-Engine und einer GPU…</translation>
    </message>
    <message>
        <source>The CUDA engine on %1</source>
        <translation>Die CUDA-Engine auf %1</translation>
    </message>
    <message>
        <source>The CUDA engine on %1 (driver %2)</source>
        <translation>Die CUDA-Engine auf %1 (Treiber %2)</translation>
    </message>
    <message>
        <source>Unavailable: %1. Validate on the CPU, or on a machine with an NVIDIA GPU and the CUDA engine plugin.</source>
        <translation>Nicht verfügbar: %1. Validieren Sie auf der CPU oder auf einem Rechner mit einer NVIDIA-GPU und dem CUDA-Engine-Plugin.</translation>
    </message>
    <message>
        <source>CUDA is unavailable: %1</source>
        <translation>CUDA ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Allow TF32 on the GPU</source>
        <translation>TF32 auf der GPU erlauben</translation>
    </message>
    <message>
        <source>Float32 matrix products on tensor cores with about 10 mantissa bits instead of 23: faster, less exact. Unless you change rtol or atol, the outputs are then held to the GPU profile&apos;s tolerances (rtol 1e-2, atol 1e-3), and the result says so.</source>
        <translation>Float32-Matrixprodukte auf Tensor-Cores mit etwa 10 statt 23 Mantissenbits: schneller, weniger genau. Sofern Sie rtol oder atol nicht ändern, gelten für die Ausgaben dann die Toleranzen des GPU-Profils (rtol 1e-2, atol 1e-3), und das Ergebnis weist darauf hin.</translation>
    </message>
    <message>
        <source>On seeded inputs every output is within the tolerance (rtol %1, atol %2) of the CPU reference engine&apos;s, and none holds NaN or Inf.</source>
        <translation>Bei per Seed erzeugten Eingaben liegt jede Ausgabe innerhalb der Toleranz (rtol %1, atol %2) gegenüber der Ausgabe der CPU-Referenz-Engine, und keine enthält NaN oder Inf.</translation>
    </message>
    <message>
        <source>Engine: %1 on %2</source>
        <translation>Engine: %1 auf %2</translation>
    </message>
    <message>
        <source>Engine: %1 on %2, driver %3</source>
        <translation>Engine: %1 auf %2, Treiber %3</translation>
    </message>
    <message>
        <source>TF32 was allowed in float32 matrix products.</source>
        <translation>TF32 war in float32-Matrixprodukten erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>Device: %1, %n thread(s)</source>
        <translation>
            <numerusform>Gerät: %1, %n Thread</numerusform>
            <numerusform>Gerät: %1, %n Threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Validation</name>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (Knoten %2)</translation>
    </message>
    <message>
        <source>The file does not exist. Check the path.</source>
        <translation>Die Datei existiert nicht. Überprüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it is a regular file and its permissions.</source>
        <translation>Die Datei kann nicht gelesen werden. Prüfen Sie, ob es sich um eine reguläre Datei handelt, und überprüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The file is %1 bytes, more than the %2 bytes a model file may have. Store large weights as external data.</source>
        <translation>Die Datei ist %1 Byte groß, mehr als die %2 Byte, die eine Modelldatei haben darf. Speichern Sie große Gewichte als externe Daten.</translation>
    </message>
    <message>
        <source>This is not an ONNX file, or it is truncated. Export the model again.</source>
        <translation>Dies ist keine ONNX-Datei, oder sie ist abgeschnitten. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The ONNX checker rejects the model: %1. Fix the exporter or the model.</source>
        <translation>Der ONNX-Checker lehnt das Modell ab: %1. Korrigieren Sie den Exporter oder das Modell.</translation>
    </message>
    <message>
        <source>Shape inference fails: %1. The model&apos;s shapes or types are inconsistent.</source>
        <translation>Die Forminferenz schlägt fehl: %1. Die Formen oder Typen des Modells sind inkonsistent.</translation>
    </message>
    <message>
        <source>The model uses opset %1; this version reads opsets up to %2. Export with an older opset.</source>
        <translation>Das Modell verwendet Opset %1; diese Version liest Opsets bis %2. Exportieren Sie mit einem älteren Opset.</translation>
    </message>
    <message>
        <source>The model has IR version %1; versions 3 to %2 are supported.</source>
        <translation>Das Modell hat die IR-Version %1; unterstützt werden die Versionen 3 bis %2.</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; declares a size beyond the limit of %2 bytes (%3); the file is damaged or hostile.</source>
        <translation>Tensor &apos;%1&apos; deklariert eine Größe über dem Limit von %2 Byte (%3); die Datei ist beschädigt oder bösartig.</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; holds %2 values or bytes where its shape needs %3; the file is damaged.</source>
        <translation>Tensor &apos;%1&apos; enthält %2 Werte oder Bytes, seine Form erfordert jedoch %3; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The external data of tensor &apos;%1&apos; is missing: %2. Copy the data file next to the model.</source>
        <translation>Die externen Daten von Tensor &apos;%1&apos; fehlen: %2. Kopieren Sie die Datendatei neben das Modell.</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; points outside the model&apos;s folder for its data (%2); this is refused.</source>
        <translation>Tensor &apos;%1&apos; verweist für seine Daten auf einen Ort außerhalb des Modellordners (%2); dies wird abgelehnt.</translation>
    </message>
    <message>
        <source>The external data of tensor &apos;%1&apos; does not fit in %2 (offset %3, %4 bytes needed).</source>
        <translation>Die externen Daten von Tensor &apos;%1&apos; passen nicht in %2 (Offset %3, %4 Byte benötigt).</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; has a data type this engine cannot hold (%2).</source>
        <translation>Tensor &apos;%1&apos; hat einen Datentyp, den diese Engine nicht verarbeiten kann (%2).</translation>
    </message>
    <message>
        <source>The model uses ops this engine cannot run: %1.</source>
        <translation>Das Modell verwendet Operatoren, die diese Engine nicht ausführen kann: %1.</translation>
    </message>
    <message>
        <source>The graph is invalid near %1: value &apos;%2&apos; (%3).</source>
        <translation>Der Graph ist bei %1 ungültig: Wert &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <source>The model has %1 inputs but the data provides %2.</source>
        <translation>Das Modell hat %1 Eingaben, die Daten liefern jedoch %2.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; has the wrong type: %2.</source>
        <translation>Eingabe &apos;%1&apos; hat den falschen Typ: %2.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; has the wrong shape: %2.</source>
        <translation>Eingabe &apos;%1&apos; hat die falsche Form: %2.</translation>
    </message>
    <message>
        <source>The model has %1 outputs but the data provides %2.</source>
        <translation>Das Modell hat %1 Ausgaben, die Daten liefern jedoch %2.</translation>
    </message>
    <message>
        <source>%1 cannot compute its inputs: %2.</source>
        <translation>%1 kann seine Eingaben nicht berechnen: %2.</translation>
    </message>
    <message>
        <source>%1 would need more than %2 bytes for one tensor (%3).</source>
        <translation>%1 würde für einen einzelnen Tensor mehr als %2 Byte benötigen (%3).</translation>
    </message>
    <message>
        <source>The engine was not given a model.</source>
        <translation>Der Engine wurde kein Modell übergeben.</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>nicht implementiert</translation>
    </message>
    <message>
        <source>custom domain %1</source>
        <translation>benutzerdefinierte Domäne %1</translation>
    </message>
    <message>
        <source>old definition %1</source>
        <translation>veraltete Definition %1</translation>
    </message>
    <message>
        <source>data type: %1</source>
        <translation>Datentyp: %1</translation>
    </message>
    <message>
        <source>attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
    <message>
        <source>unsupported form: %1</source>
        <translation>nicht unterstützte Form: %1</translation>
    </message>
    <message>
        <source>control flow (sub-graph in %1)</source>
        <translation>Kontrollfluss (Teilgraph in %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s) (%2): %3</source>
        <translation>
            <numerusform>%1: %n Knoten (%2): %3</numerusform>
            <numerusform>%1: %n Knoten (%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: input %2 holds %n NaN or infinite value(s); outputs may be NaN too.</source>
        <translation>
            <numerusform>%1: Eingabe %2 enthält %n NaN- oder unendlichen Wert; Ausgaben können ebenfalls NaN sein.</numerusform>
            <numerusform>%1: Eingabe %2 enthält %n NaN- oder unendliche Werte; Ausgaben können ebenfalls NaN sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model cannot be validated: the CPU engine does not support %n node(s).</source>
        <translation>
            <numerusform>Das Modell kann nicht validiert werden: Die CPU-Engine unterstützt %n Knoten nicht.</numerusform>
            <numerusform>Das Modell kann nicht validiert werden: Die CPU-Engine unterstützt %n Knoten nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>seeded inputs</source>
        <translation>per Seed erzeugte Eingaben</translation>
    </message>
    <message>
        <source>The ONNX library crashed while checking the model (%1). The file is malformed in a way the library cannot handle; export the model again.</source>
        <translation>Die ONNX-Bibliothek ist beim Prüfen des Modells abgestürzt (%1). Die Datei ist auf eine Weise fehlerhaft, die die Bibliothek nicht verarbeiten kann; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>Checking the model took longer than %1 s and was stopped. The file may be malformed (for example, sizes that make shape inference explode); export it again.</source>
        <translation>Das Prüfen des Modells dauerte länger als %1 s und wurde abgebrochen. Die Datei ist möglicherweise fehlerhaft (zum Beispiel durch Größen, die die Forminferenz explodieren lassen); exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The model checker %1 cannot be started: %2. Reinstall Fleetdeck.</source>
        <translation>Der Modell-Checker %1 kann nicht gestartet werden: %2. Installieren Sie Fleetdeck neu.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 Inferenzen/s</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Timings are unstable: the coefficient of variation is %1%, above %2%. Something else may be using this machine; run again for figures to rely on.</source>
        <translation>Die Zeitmessungen sind instabil: Der Variationskoeffizient beträgt %1 % und liegt damit über %2 %. Möglicherweise wird dieser Rechner anderweitig genutzt; führen Sie die Messung erneut aus, um belastbare Werte zu erhalten.</translation>
    </message>
    <message>
        <source>Batch %1 could not run: %2</source>
        <translation>Batchgröße %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 stopped after %n run(s): it reached the time limit for one batch size.</source>
        <translation>
            <numerusform>Batchgröße %1 nach %n Durchlauf beendet: Das Zeitlimit für eine Batchgröße wurde erreicht.</numerusform>
            <numerusform>Batchgröße %1 nach %n Durchläufen beendet: Das Zeitlimit für eine Batchgröße wurde erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1: loading and checking the model</source>
        <translation>%1: Modell wird geladen und geprüft</translation>
    </message>
    <message>
        <source>%1: running %2</source>
        <translation>%1: %2 wird ausgeführt</translation>
    </message>
    <message>
        <source>%1: warming up at batch %2, run %3 of %4</source>
        <translation>%1: Aufwärmen bei Batchgröße %2, Durchlauf %3 von %4</translation>
    </message>
    <message>
        <source>%1: timing batch %2, run %3 of %4</source>
        <translation>%1: Messung bei Batchgröße %2, Durchlauf %3 von %4</translation>
    </message>
    <message>
        <source>The %1 of %2 is within the budget of %3.</source>
        <translation>%1: %2 liegt innerhalb des Budgets von %3.</translation>
    </message>
    <message>
        <source>The %1 of %2 is below the required %3.</source>
        <translation>%1: %2 liegt unter dem geforderten Wert von %3.</translation>
    </message>
    <message>
        <source>The %1 of %2 exceeds the budget of %3.</source>
        <translation>%1: %2 überschreitet das Budget von %3.</translation>
    </message>
    <message>
        <source>The %1 was not measured, so the budget of %2 cannot be shown to hold.</source>
        <translation>Nicht gemessen: %1. Daher lässt sich nicht zeigen, dass das Budget von %2 eingehalten wird.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: the model has no inputs.</source>
        <translation>Der Durchsatz wurde nur bei einer Batchgröße gemessen: Das Modell hat keine Eingaben.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: input &apos;%1&apos; declares no shape.</source>
        <translation>Der Durchsatz wurde nur bei einer Batchgröße gemessen: Eingabe &apos;%1&apos; deklariert keine Form.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: input &apos;%1&apos; is a scalar.</source>
        <translation>Der Durchsatz wurde nur bei einer Batchgröße gemessen: Eingabe &apos;%1&apos; ist ein Skalar.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: input &apos;%1&apos; fixes its first dimension to %2.</source>
        <translation>Der Durchsatz wurde nur bei einer Batchgröße gemessen: Eingabe &apos;%1&apos; legt ihre erste Dimension auf %2 fest.</translation>
    </message>
    <message>
        <source>A memory budget means GPU memory, and the model ran on the CPU; choose the CPU explicitly (--device cpu) to hold the CPU engine&apos;s memory to it.</source>
        <translation>Ein Speicherbudget bezieht sich auf GPU-Speicher, und das Modell lief auf der CPU; wählen Sie die CPU ausdrücklich (--device cpu), um den Speicher der CPU-Engine daran zu messen.</translation>
    </message>
    <message>
        <source>the CUDA engine plugin is not installed (looked in: %1)</source>
        <translation>das CUDA-Engine-Plugin ist nicht installiert (gesucht in: %1)</translation>
    </message>
    <message>
        <source>the CUDA engine plugin %1 cannot be loaded (%2); install the CUDA runtime and cuBLAS it needs, or the Fleetdeck CUDA engine package again</source>
        <translation>das CUDA-Engine-Plugin %1 kann nicht geladen werden (%2); installieren Sie die benötigte CUDA-Laufzeitumgebung und cuBLAS, oder installieren Sie das CUDA-Engine-Paket von Fleetdeck erneut</translation>
    </message>
    <message>
        <source>%1 is not a Fleetdeck engine plugin: it has no %2</source>
        <translation>%1 ist kein Engine-Plugin für Fleetdeck: %2 fehlt</translation>
    </message>
    <message>
        <source>%1 was built for another Fleetdeck (ABI %2, this is %3); install the CUDA engine package of this version</source>
        <translation>%1 wurde für eine andere Fleetdeck-Version erstellt (ABI %2, diese hat %3); installieren Sie das CUDA-Engine-Paket dieser Version</translation>
    </message>
    <message>
        <source>engine plugins cannot be loaded on this platform yet</source>
        <translation>Engine-Plugins können auf dieser Plattform noch nicht geladen werden</translation>
    </message>
    <message>
        <source>The model cannot be validated on a GPU here: %1. Validate on the CPU, or on a machine with an NVIDIA GPU and the CUDA engine plugin.</source>
        <translation>Das Modell kann hier nicht auf einer GPU validiert werden: %1. Validieren Sie auf der CPU oder auf einem Rechner mit einer NVIDIA-GPU und dem CUDA-Engine-Plugin.</translation>
    </message>
    <message>
        <source>No GPU was used: %1. The CPU reference engine ran the model.</source>
        <translation>Es wurde keine GPU verwendet: %1. Die CPU-Referenz-Engine hat das Modell ausgeführt.</translation>
    </message>
    <message>
        <source>TF32 was allowed on the GPU, so the outputs were held to the GPU profile&apos;s tolerances, rtol %1 and atol %2, instead of rtol %3 and atol %4. Set the tolerances to hold them to others.</source>
        <translation>TF32 war auf der GPU erlaubt, daher galten für die Ausgaben die Toleranzen des GPU-Profils, rtol %1 und atol %2, statt rtol %3 und atol %4. Legen Sie die Toleranzen fest, um andere anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>The outputs were not compared with the CPU reference engine: it cannot run %n node(s) of the model (%1).</source>
        <translation>
            <numerusform>Die Ausgaben wurden nicht mit der CPU-Referenz-Engine verglichen: Diese kann %n Knoten des Modells nicht ausführen (%1).</numerusform>
            <numerusform>Die Ausgaben wurden nicht mit der CPU-Referenz-Engine verglichen: Diese kann %n Knoten des Modells nicht ausführen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outputs were not compared with the CPU reference engine: %1</source>
        <translation>Die Ausgaben wurden nicht mit der CPU-Referenz-Engine verglichen: %1</translation>
    </message>
    <message numerus="yes">
        <source>No GPU was used: the %1 engine cannot run %n node(s) of this model (%2). The CPU reference engine ran the model.</source>
        <translation>
            <numerusform>Es wurde keine GPU verwendet: Die %1-Engine kann %n Knoten dieses Modells nicht ausführen (%2). Die CPU-Referenz-Engine hat das Modell ausgeführt.</numerusform>
            <numerusform>Es wurde keine GPU verwendet: Die %1-Engine kann %n Knoten dieses Modells nicht ausführen (%2). Die CPU-Referenz-Engine hat das Modell ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model cannot be validated on the GPU: the %1 engine does not support %n node(s).</source>
        <translation>
            <numerusform>Das Modell kann nicht auf der GPU validiert werden: Die %1-Engine unterstützt %n Knoten nicht.</numerusform>
            <numerusform>Das Modell kann nicht auf der GPU validiert werden: Die %1-Engine unterstützt %n Knoten nicht.</numerusform>
        </translation>
    </message>
</context>
</TS>
