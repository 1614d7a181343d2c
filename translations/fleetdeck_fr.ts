<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Fleetdeck::Agent</name>
    <message>
        <source>Cannot create the folder %1: %2. Check the permissions of its parent.</source>
        <translation>Impossible de créer le dossier %1 : %2. Vérifiez les permissions du dossier parent.</translation>
    </message>
    <message>
        <source>%1 is not a folder (or is a symbolic link). Remove it and try again.</source>
        <translation>%1 n&apos;est pas un dossier (ou est un lien symbolique). Supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; the agent keeps its state private. Choose another folder with --state.</source>
        <translation>%1 appartient à un autre utilisateur ; l&apos;agent garde son état privé. Choisissez un autre dossier avec --state.</translation>
    </message>
    <message>
        <source>%1 is open to other users and cannot be made private: %2.</source>
        <translation>%1 est accessible à d&apos;autres utilisateurs et ne peut pas être rendu privé : %2.</translation>
    </message>
    <message>
        <source>No state folder given. Pass --state DIR.</source>
        <translation>Aucun dossier d&apos;état indiqué. Passez --state DIR.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check its permissions or choose another --state folder.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez ses permissions ou choisissez un autre dossier avec --state.</translation>
    </message>
    <message>
        <source>Cannot open the lock file %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou %1 : %2.</translation>
    </message>
    <message>
        <source>Another fleetdeck-agent daemon already serves this state folder (it holds %1).</source>
        <translation>Un autre démon fleetdeck-agent sert déjà ce dossier d&apos;état (il détient %1).</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>Impossible de verrouiller %1 : %2.</translation>
    </message>
    <message>
        <source>no NVIDIA driver: libnvidia-ml.so.1 not found</source>
        <translation>aucun pilote NVIDIA : libnvidia-ml.so.1 introuvable</translation>
    </message>
    <message>
        <source>libnvidia-ml.so.1 lacks the NVML functions the agent needs</source>
        <translation>il manque à libnvidia-ml.so.1 les fonctions NVML dont l&apos;agent a besoin</translation>
    </message>
    <message>
        <source>NVIDIA driver not loaded (NVML error 9)</source>
        <translation>pilote NVIDIA non chargé (erreur NVML 9)</translation>
    </message>
    <message>
        <source>NVML failed to start (error %1)</source>
        <translation>échec du démarrage de NVML (erreur %1)</translation>
    </message>
    <message>
        <source>NVML cannot count GPUs (error %1)</source>
        <translation>NVML ne peut pas compter les GPU (erreur %1)</translation>
    </message>
    <message>
        <source>GPU %1: name unavailable (error %2)</source>
        <translation>GPU %1 : nom indisponible (erreur %2)</translation>
    </message>
    <message>
        <source>GPU %1: memory unavailable (error %2)</source>
        <translation>GPU %1 : mémoire indisponible (erreur %2)</translation>
    </message>
    <message>
        <source>NVML found no GPU</source>
        <translation>NVML n&apos;a trouvé aucun GPU</translation>
    </message>
    <message>
        <source>NVML counts %1 GPUs; %2 could be read</source>
        <translation>NVML compte %1 GPU ; %2 ont pu être lus</translation>
    </message>
    <message>
        <source>Call hello before &quot;%1&quot;: the protocol version is not agreed yet.</source>
        <translation>Appelez hello avant &quot;%1&quot; : la version du protocole n&apos;est pas encore convenue.</translation>
    </message>
    <message>
        <source>The agent has no method &quot;%1&quot;. It offers: %2.</source>
        <translation>L&apos;agent n&apos;a pas de méthode &quot;%1&quot;. Il propose : %2.</translation>
    </message>
    <message>
        <source>This agent speaks protocol version(s) %1; the client offered %2. Install matching versions of Fleetdeck and fleetdeck-agent.</source>
        <translation>Cet agent prend en charge la ou les versions de protocole %1 ; le client a proposé %2. Installez des versions concordantes de Fleetdeck et de fleetdeck-agent.</translation>
    </message>
    <message>
        <source>No transfer %1 is in progress.</source>
        <translation>Aucun transfert %1 n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Impossible d&apos;écouter sur %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot start the agent daemon: %1.</source>
        <translation>Impossible de démarrer le démon de l&apos;agent : %1.</translation>
    </message>
    <message>
        <source>Cannot start the agent daemon (fork failed).</source>
        <translation>Impossible de démarrer le démon de l&apos;agent (échec de fork).</translation>
    </message>
    <message>
        <source>The agent daemon for %1 did not start within 10 s. Its log says: %2</source>
        <translation>Le démon de l&apos;agent pour %1 n&apos;a pas démarré en 10 s. Son journal indique : %2</translation>
    </message>
    <message>
        <source>(no log at %1)</source>
        <translation>(aucun journal dans %1)</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>Indiquez une commande : %1.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. The known ones are: %2.</source>
        <translation>Commande inconnue &apos;%1&apos;. Commandes connues : %2.</translation>
    </message>
    <message>
        <source>The inventory file (default: %1).</source>
        <translation>Le fichier d&apos;inventaire (par défaut : %1).</translation>
    </message>
    <message>
        <source>Print exactly one JSON document on stdout, errors included.</source>
        <translation>Afficher exactement un document JSON sur stdout, erreurs comprises.</translation>
    </message>
    <message>
        <source>The OpenSSH known_hosts file to check host keys against (default: ~/.ssh/known_hosts).</source>
        <translation>Le fichier known_hosts d&apos;OpenSSH auquel comparer les clés d&apos;hôte (par défaut : ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Trust and record the key of a host seen for the first time. A changed key is always refused.</source>
        <translation>Faire confiance à la clé d&apos;un hôte vu pour la première fois et l&apos;enregistrer. Une clé modifiée est toujours refusée.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Fleetdeck&apos;s control plane, headless: for scripts and CI pipelines.</source>
        <translation>Le plan de contrôle de Fleetdeck, sans interface graphique : pour les scripts et les pipelines CI.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli COMMAND --help&apos; for the usage of a command.</source>
        <translation>Exécutez &apos;fleetdeck-cli COMMAND --help&apos; pour connaître l&apos;utilisation d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 operation failed, 2 usage error, 3 some nodes unreachable, 4 host key refused, 5 cannot validate.</source>
        <translation>Codes de sortie : 0 succès, 1 échec de l&apos;opération, 2 erreur d&apos;utilisation, 3 certains nœuds injoignables, 4 clé d&apos;hôte refusée, 5 validation impossible.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; nécessite une commande : %2.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;: give the command first (%2).</source>
        <translation>Option inconnue &apos;%1&apos; : indiquez d&apos;abord la commande (%2).</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. The known ones are: %3.</source>
        <translation>Commande inconnue &apos;%1 %2&apos;. Commandes connues : %3.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Utilisation : fleetdeck-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli %1 COMMAND --help&apos; for the arguments of a command.</source>
        <translation>Exécutez &apos;fleetdeck-cli %1 COMMAND --help&apos; pour connaître les arguments d&apos;une commande.</translation>
    </message>
    <message>
        <source>There is no inventory at %1. Check the file given with --db; &apos;nodes add&apos; and &apos;nodes import&apos; create a new one.</source>
        <translation>Il n&apos;y a pas d&apos;inventaire à l&apos;emplacement %1. Vérifiez le fichier indiqué avec --db ; &apos;nodes add&apos; et &apos;nodes import&apos; en créent un nouveau.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the inventory. Check its permissions, or choose a file with --db FILE.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;inventaire. Vérifiez ses permissions ou choisissez un fichier avec --db FILE.</translation>
    </message>
    <message>
        <source>The folder %1 of the inventory file given with --db does not exist. Create it, or choose another file.</source>
        <translation>Le dossier %1 du fichier d&apos;inventaire indiqué avec --db n&apos;existe pas. Créez-le ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>--%1 was given more than once; give it once.</source>
        <translation>--%1 a été indiqué plusieurs fois ; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <translation>Il manque &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli %1 %2</source>
        <translation>Utilisation : fleetdeck-cli %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>fleetdeck-cli: warning: %1</source>
        <translation>fleetdeck-cli : avertissement : %1</translation>
    </message>
    <message>
        <source>fleetdeck-cli: %1</source>
        <translation>fleetdeck-cli : %1</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli --help&apos; for usage.</source>
        <translation>Exécutez &apos;fleetdeck-cli --help&apos; pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Run &apos;fleetdeck-cli %1 --help&apos; for usage.</source>
        <translation>Exécutez &apos;fleetdeck-cli %1 --help&apos; pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>There is no node named &apos;%1&apos; in %2. &apos;fleetdeck-cli nodes list&apos; shows the nodes there are.</source>
        <translation>Il n&apos;y a aucun nœud nommé &apos;%1&apos; dans %2. &apos;fleetdeck-cli nodes list&apos; affiche les nœuds existants.</translation>
    </message>
    <message>
        <source>Add, edit, import, list and remove the nodes of the fleet.</source>
        <translation>Ajouter, modifier, importer, lister et supprimer les nœuds de la flotte.</translation>
    </message>
    <message>
        <source>Add a node.</source>
        <translation>Ajouter un nœud.</translation>
    </message>
    <message>
        <source>Connect to nodes, check host keys, gather and record facts.</source>
        <translation>Se connecter aux nœuds, vérifier les clés d&apos;hôte, collecter et enregistrer les faits.</translation>
    </message>
    <message>
        <source>Change the settings of a node.</source>
        <translation>Modifier les paramètres d&apos;un nœud.</translation>
    </message>
    <message>
        <source>Add or update nodes from an ssh_config, Ansible or CSV file.</source>
        <translation>Ajouter ou mettre à jour des nœuds à partir d&apos;un fichier ssh_config, Ansible ou CSV.</translation>
    </message>
    <message>
        <source>List the nodes.</source>
        <translation>Lister les nœuds.</translation>
    </message>
    <message>
        <source>Remove a node.</source>
        <translation>Supprimer un nœud.</translation>
    </message>
    <message>
        <source>Adds a node to the inventory. The node is not contacted.</source>
        <translation>Ajoute un nœud à l&apos;inventaire. Le nœud n&apos;est pas contacté.</translation>
    </message>
    <message>
        <source>Unique name of the node: letters, digits and ._- (up to 64 characters).</source>
        <translation>Nom unique du nœud : lettres, chiffres et ._- (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>&apos;nodes add&apos; needs --host H, the address of the node.</source>
        <translation>&apos;nodes add&apos; nécessite --host H, l&apos;adresse du nœud.</translation>
    </message>
    <message>
        <source>Added node %1 (%2).</source>
        <translation>Nœud %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Changes the settings of a node; what is not given stays as it is. An empty value (--user &quot;&quot;) clears a setting.</source>
        <translation>Modifie les paramètres d&apos;un nœud ; ce qui n&apos;est pas indiqué reste inchangé. Une valeur vide (--user &quot;&quot;) efface un paramètre.</translation>
    </message>
    <message>
        <source>The node to change.</source>
        <translation>Le nœud à modifier.</translation>
    </message>
    <message>
        <source>Gives the node a new name.</source>
        <translation>Donne un nouveau nom au nœud.</translation>
    </message>
    <message>
        <source>Removes a label; may be repeated.</source>
        <translation>Supprime une étiquette ; peut être répété.</translation>
    </message>
    <message>
        <source>&apos;nodes edit&apos; needs at least one setting to change.</source>
        <translation>&apos;nodes edit&apos; nécessite au moins un paramètre à modifier.</translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; has no label &apos;%2&apos;; nothing was changed.</source>
        <translation>Le nœud &apos;%1&apos; n&apos;a pas d&apos;étiquette &apos;%2&apos; ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Node %1 already has these settings; nothing was changed.</source>
        <translation>Le nœud %1 a déjà ces paramètres ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Updated node %1 (%2).</source>
        <translation>Nœud %1 mis à jour (%2).</translation>
    </message>
    <message>
        <source>Renamed node %1 to %2 (%3).</source>
        <translation>Nœud %1 renommé en %2 (%3).</translation>
    </message>
    <message>
        <source>Adds the hosts of FILE to the inventory and updates the nodes it already has, all or nothing: a malformed line is reported as file:line and nothing is written. Patterns and entries that are not hosts are skipped, with the reason.</source>
        <translation>Ajoute les hôtes de FILE à l&apos;inventaire et met à jour les nœuds qu&apos;il contient déjà, en tout ou rien : une ligne mal formée est signalée sous la forme fichier:ligne et rien n&apos;est écrit. Les motifs et les entrées qui ne sont pas des hôtes sont ignorés, avec la raison.</translation>
    </message>
    <message>
        <source>An OpenSSH client config, an Ansible inventory (INI or YAML) or a CSV file.</source>
        <translation>Une configuration de client OpenSSH, un inventaire Ansible (INI ou YAML) ou un fichier CSV.</translation>
    </message>
    <message>
        <source>The format of FILE (default: guessed from its name and content).</source>
        <translation>Le format de FILE (par défaut : déduit de son nom et de son contenu).</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not a format; give ssh-config, ansible or csv.</source>
        <translation>--format &apos;%1&apos; n&apos;est pas un format valide ; indiquez ssh-config, ansible ou csv.</translation>
    </message>
    <message>
        <source>Cannot import %1: there is no such file.</source>
        <translation>Impossible d&apos;importer %1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Lists the nodes, ordered by name.</source>
        <translation>Liste les nœuds, triés par nom.</translation>
    </message>
    <message>
        <source>Which nodes: all | a,b,c | site=S | tier=edge|cloud | label:K=V (default all).</source>
        <translation>Quels nœuds : all | a,b,c | site=S | tier=edge|cloud | label:K=V (par défaut : all).</translation>
    </message>
    <message>
        <source>The inventory has no nodes yet. Add one with &apos;fleetdeck-cli nodes add&apos; or &apos;nodes import&apos;.</source>
        <translation>L&apos;inventaire ne contient encore aucun nœud. Ajoutez-en un avec &apos;fleetdeck-cli nodes add&apos; ou &apos;nodes import&apos;.</translation>
    </message>
    <message>
        <source>No node matches &apos;%1&apos;.</source>
        <translation>Aucun nœud ne correspond à &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Removes a node from the inventory. The node itself is not contacted.</source>
        <translation>Supprime un nœud de l&apos;inventaire. Le nœud lui-même n&apos;est pas contacté.</translation>
    </message>
    <message>
        <source>The node to remove.</source>
        <translation>Le nœud à supprimer.</translation>
    </message>
    <message>
        <source>Removed node %1.</source>
        <translation>Nœud %1 supprimé.</translation>
    </message>
    <message>
        <source>DNS name, IPv4 or IPv6 address of the node.</source>
        <translation>Nom DNS, adresse IPv4 ou IPv6 du nœud.</translation>
    </message>
    <message>
        <source>SSH port, 1 to 65535 (default 22).</source>
        <translation>Port SSH, de 1 à 65535 (par défaut : 22).</translation>
    </message>
    <message>
        <source>SSH user (default: from ~/.ssh/config, then your own).</source>
        <translation>Utilisateur SSH (par défaut : celui de ~/.ssh/config, sinon le vôtre).</translation>
    </message>
    <message>
        <source>Private key file to log in with (only its path is stored).</source>
        <translation>Fichier de clé privée pour la connexion (seul son chemin est enregistré).</translation>
    </message>
    <message>
        <source>Site the node belongs to (empty: none).</source>
        <translation>Site auquel appartient le nœud (vide : aucun).</translation>
    </message>
    <message>
        <source>Tier of the node (default edge).</source>
        <translation>Niveau du nœud (par défaut : edge).</translation>
    </message>
    <message>
        <source>Sets a label; may be repeated.</source>
        <translation>Définit une étiquette ; peut être répété.</translation>
    </message>
    <message>
        <source>Command that starts the agent&apos;s RPC bridge on the node (default: fleetdeck-agent rpc).</source>
        <translation>Commande qui démarre la passerelle RPC de l&apos;agent sur le nœud (par défaut : fleetdeck-agent rpc).</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number; give a number from 1 to 65535.</source>
        <translation>--port &apos;%1&apos; n&apos;est pas un numéro de port ; indiquez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--tier &apos;%1&apos; is not a tier; give edge or cloud.</source>
        <translation>--tier &apos;%1&apos; n&apos;est pas un niveau valide ; indiquez edge ou cloud.</translation>
    </message>
    <message>
        <source>--label &apos;%1&apos; is not KEY=VALUE with a key of letters, digits and ._/- (for example --label gpu=a100).</source>
        <translation>--label &apos;%1&apos; n&apos;est pas de la forme KEY=VALUE avec une clé composée de lettres, de chiffres et de ._/- (par exemple --label gpu=a100).</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped.</source>
        <translation>%1 importé (%2) : %3 ajouté(s), %4 mis à jour, %5 inchangé(s), %6 ignoré(s).</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajoutés :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour :</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés :</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>Check and read the audit log of the inventory.</source>
        <translation>Vérifier et lire le journal d&apos;audit de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain; name the first broken row.</source>
        <translation>Vérifier la chaîne de hachage du journal d&apos;audit ; indiquer la première ligne défectueuse.</translation>
    </message>
    <message>
        <source>Show the most recent audit rows.</source>
        <translation>Afficher les lignes d&apos;audit les plus récentes.</translation>
    </message>
    <message>
        <source>Checks that no audit row was changed or removed: every row must carry the hash of the one before it. Exits with 1 and names the first broken row when the chain does not hold.</source>
        <translation>Vérifie qu&apos;aucune ligne d&apos;audit n&apos;a été modifiée ni supprimée : chaque ligne doit porter le hachage de la précédente. Se termine avec le code 1 et indique la première ligne défectueuse si la chaîne n&apos;est pas intacte.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds: %n row(s) checked.</source>
        <translation>
            <numerusform>La chaîne d&apos;audit est intacte : %n ligne vérifiée.</numerusform>
            <numerusform>La chaîne d&apos;audit est intacte : %n lignes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2
Rows from %1 on cannot be trusted. Keep a copy of %3 for investigation and restore a backup.</source>
        <translation>La chaîne d&apos;audit est rompue à la ligne %1 : %2
Les lignes à partir de %1 ne sont pas fiables. Conservez une copie de %3 pour analyse et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Shows the most recent audit rows, newest first.</source>
        <translation>Affiche les lignes d&apos;audit les plus récentes, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>How many rows to show (default %1; 0 shows all).</source>
        <translation>Nombre de lignes à afficher (par défaut : %1 ; 0 les affiche toutes).</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a number of rows; give 0 or more.</source>
        <translation>--limit &apos;%1&apos; n&apos;est pas un nombre de lignes valide ; indiquez 0 ou plus.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>GPUS</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects to each node (verifying its host key against the known_hosts file), says hello to its agent, gathers its facts, and records its state and facts in the inventory. Exit code 0: all online; 3: some unreachable; 4: a host key was refused; 1: an agent is not usable.</source>
        <translation>Se connecte à chaque nœud (en vérifiant sa clé d&apos;hôte dans le fichier known_hosts), envoie hello à son agent, collecte ses faits et enregistre son état et ses faits dans l&apos;inventaire. Code de sortie 0 : tous en ligne ; 3 : certains injoignables ; 4 : une clé d&apos;hôte a été refusée ; 1 : un agent est inutilisable.</translation>
    </message>
    <message>
        <source>Check every node of the inventory.</source>
        <translation>Vérifier chaque nœud de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Longest time one node may take to connect and answer (default %1).</source>
        <translation>Durée maximale dont un nœud dispose pour se connecter et répondre (par défaut : %1).</translation>
    </message>
    <message>
        <source>How many nodes are contacted at once (default %1).</source>
        <translation>Nombre de nœuds contactés simultanément (par défaut : %1).</translation>
    </message>
    <message>
        <source>Give the names of the nodes to check, or --all (not both).</source>
        <translation>Indiquez les noms des nœuds à vérifier, ou --all (pas les deux).</translation>
    </message>
    <message>
        <source>--timeout and --concurrency take a whole number of 1 or more.</source>
        <translation>--timeout et --concurrency attendent un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The inventory has no nodes to check. Add one with &apos;fleetdeck-cli nodes add&apos;.</source>
        <translation>L&apos;inventaire ne contient aucun nœud à vérifier. Ajoutez-en un avec &apos;fleetdeck-cli nodes add&apos;.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as an ONNX model: %2</source>
        <translation>%1 ne peut pas être importé comme modèle ONNX : %2</translation>
    </message>
    <message>
        <source>Import and list the model versions of the inventory.</source>
        <translation>Importer et lister les versions de modèles de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Check an ONNX file and record it as NAME:VERSION.</source>
        <translation>Vérifier un fichier ONNX et l&apos;enregistrer sous NAME:VERSION.</translation>
    </message>
    <message>
        <source>List the model versions and their latest validation.</source>
        <translation>Lister les versions de modèles et leur dernière validation.</translation>
    </message>
    <message>
        <source>Checks that FILE loads as an ONNX model, copies it into the artifact store beside the inventory (artifacts/sha256/HASH) and records it as NAME:V. A version never changes: importing the same NAME:V again is accepted only with the same content.</source>
        <translation>Vérifie que FILE se charge comme modèle ONNX, le copie dans le magasin d&apos;artefacts à côté de l&apos;inventaire (artifacts/sha256/HASH) et l&apos;enregistre sous NAME:V. Une version ne change jamais : réimporter le même NAME:V n&apos;est accepté qu&apos;avec un contenu identique.</translation>
    </message>
    <message>
        <source>The ONNX model file.</source>
        <translation>Le fichier du modèle ONNX.</translation>
    </message>
    <message>
        <source>Model name: letters, digits and ._- (up to 64 characters).</source>
        <translation>Nom du modèle : lettres, chiffres et ._- (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>Version: letters, digits and ._+- (up to 64 characters).</source>
        <translation>Version : lettres, chiffres et ._+- (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>&apos;models import&apos; needs --name NAME and --version V.</source>
        <translation>&apos;models import&apos; nécessite --name NAME et --version V.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory with the same content (SHA-256 %2); nothing changed.</source>
        <translation>%1 est déjà dans l&apos;inventaire avec le même contenu (SHA-256 %2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported %1: %2 bytes, SHA-256 %3.</source>
        <translation>%1 importé : %2 octets, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Lists the model versions of the inventory with their latest local validation.</source>
        <translation>Liste les versions de modèles de l&apos;inventaire avec leur dernière validation locale.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
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
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>IMPORTED (UTC)</source>
        <translation>IMPORTÉ (UTC)</translation>
    </message>
    <message>
        <source>VALIDATION</source>
        <translation>VALIDATION</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>There are no model versions; add one with &apos;fleetdeck-cli models import FILE --name NAME --version V&apos;.</source>
        <translation>Il n&apos;y a aucune version de modèle ; ajoutez-en une avec &apos;fleetdeck-cli models import FILE --name NAME --version V&apos;.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a tolerance; give a number of 0 or more, like 1e-3.</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas une tolérance valide ; indiquez un nombre supérieur ou égal à 0, comme 1e-3.</translation>
    </message>
    <message>
        <source>--device &apos;%1&apos; is not known; give auto, cpu or cuda.</source>
        <translation>--device &apos;%1&apos; est inconnu ; indiquez auto, cpu ou cuda.</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>--seed &apos;%1&apos; n&apos;est pas un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>--data %1 is not a folder; give a test_data_set folder or a folder of them.</source>
        <translation>--data %1 n&apos;est pas un dossier ; indiquez un dossier test_data_set ou un dossier qui en contient.</translation>
    </message>
    <message>
        <source>--data %1 holds no test_data_set_N folder and no input_0.pb; give a test_data_set folder or a folder of them.</source>
        <translation>--data %1 ne contient ni dossier test_data_set_N ni input_0.pb ; indiquez un dossier test_data_set ou un dossier qui en contient.</translation>
    </message>
    <message>
        <source>There is no model version %1 in %2 and no file of that name. &apos;fleetdeck-cli models list&apos; shows the versions there are.</source>
        <translation>Il n&apos;y a ni version de modèle %1 dans %2 ni fichier de ce nom. &apos;fleetdeck-cli models list&apos; affiche les versions existantes.</translation>
    </message>
    <message>
        <source>The stored artifact of %1 is damaged: its SHA-256 is %2, not the %3 recorded at import. Import the model file again under a new version.</source>
        <translation>L&apos;artefact enregistré de %1 est endommagé : son SHA-256 est %2, et non %3 comme enregistré lors de l&apos;import. Importez à nouveau le fichier de modèle sous une nouvelle version.</translation>
    </message>
    <message>
        <source>Validate a model file or NAME:V on this machine and store the verdict.</source>
        <translation>Valider un fichier de modèle ou NAME:V sur cette machine et enregistrer le verdict.</translation>
    </message>
    <message>
        <source>An ONNX file, or a model version of the inventory.</source>
        <translation>Un fichier ONNX ou une version de modèle de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>A test_data_set folder (input_N.pb, output_N.pb) or a folder of them.</source>
        <translation>Un dossier test_data_set (input_N.pb, output_N.pb) ou un dossier qui en contient plusieurs.</translation>
    </message>
    <message>
        <source>Relative tolerance (default 1e-3).</source>
        <translation>Tolérance relative (par défaut : 1e-3).</translation>
    </message>
    <message>
        <source>Absolute tolerance (default 1e-5).</source>
        <translation>Tolérance absolue (par défaut : 1e-5).</translation>
    </message>
    <message>
        <source>Seed of the generated inputs (default 1).</source>
        <translation>Graine des entrées générées (par défaut : 1).</translation>
    </message>
    <message>
        <source>DATA SET</source>
        <translation>JEU DE DONNÉES</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>ELEMENTS</source>
        <translation>ÉLÉMENTS</translation>
    </message>
    <message>
        <source>MISMATCHES</source>
        <translation>ÉCARTS</translation>
    </message>
    <message>
        <source>MAX ABS ERR</source>
        <translation>ERR. ABS. MAX.</translation>
    </message>
    <message>
        <source>MAX REL ERR</source>
        <translation>ERR. REL. MAX.</translation>
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
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; of %2 has another data type than the golden output.</source>
        <translation>La sortie &apos;%1&apos; de %2 a un type de données différent de celui de la sortie de référence.</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; of %2 has another shape than the golden output.</source>
        <translation>La sortie &apos;%1&apos; de %2 a une forme différente de celle de la sortie de référence.</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; of %2: %3 of %4 values outside the tolerance, max abs error %5, max rel error %6 (it would pass with --atol %7 or --rtol %8).</source>
        <translation>Sortie &apos;%1&apos; de %2 : %3 valeurs sur %4 hors tolérance, erreur abs. max. %5, erreur rel. max. %6 (elle passerait avec --atol %7 ou --rtol %8).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORME</translation>
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
        <translation>MOYENNE</translation>
    </message>
    <message>
        <source>Model:     %1 (SHA-256 %2)</source>
        <translation>Modèle :    %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Engine:    %1 on %2</source>
        <translation>Moteur :    %1 sur %2</translation>
    </message>
    <message>
        <source>Note:      %1</source>
        <translation>Remarque :  %1</translation>
    </message>
    <message>
        <source>Inputs:    seeded (seed %1), no golden outputs</source>
        <translation>Entrées :   générées (graine %1), aucune sortie de référence</translation>
    </message>
    <message>
        <source>Inputs:    golden data in %1</source>
        <translation>Entrées :   données de référence dans %1</translation>
    </message>
    <message>
        <source>Tolerance: rtol %1, atol %2</source>
        <translation>Tolérance : rtol %1, atol %2</translation>
    </message>
    <message>
        <source>Unsupported ops:</source>
        <translation>Opérateurs non pris en charge :</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; holds %2 NaN and %3 infinite value(s) on seeded inputs.</source>
        <translation>La sortie « %1 » contient %2 valeurs NaN et %3 valeurs infinies sur des entrées générées.</translation>
    </message>
    <message>
        <source>Verdict:   %1</source>
        <translation>Verdict :   %1</translation>
    </message>
    <message>
        <source>Read passphrases of encrypted SSH keys from the OS keychain, and keep a typed one there once it has decrypted the key. Off by default, so that scripts never wait on the keychain.</source>
        <translation>Lire les phrases secrètes des clés SSH chiffrées dans le trousseau du système, et y conserver une phrase saisie dès qu&apos;elle a déchiffré la clé. Désactivé par défaut, afin que les scripts n&apos;attendent jamais le trousseau.</translation>
    </message>
    <message>
        <source>Usage: fleetdeck-cli [--db FILE] [--json] [--known-hosts FILE] [--accept-new-host-keys] [--keychain] COMMAND ...</source>
        <translation>Utilisation : fleetdeck-cli [--db FILE] [--json] [--known-hosts FILE] [--accept-new-host-keys] [--keychain] COMMAND ...</translation>
    </message>
    <message>
        <source>--keychain: %1 Passphrases are asked for instead.</source>
        <translation>--keychain : %1 Les phrases secrètes seront demandées à la place.</translation>
    </message>
    <message>
        <source>The passphrase for key &apos;%1&apos; was not stored in the keychain: %2</source>
        <translation>La phrase secrète de la clé &apos;%1&apos; n&apos;a pas été enregistrée dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Wrong passphrase for key &apos;%1&apos;; try again.</source>
        <translation>Phrase secrète incorrecte pour la clé &apos;%1&apos; ; réessayez.</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain does not decrypt key &apos;%1&apos;.</source>
        <translation>La phrase secrète conservée dans le trousseau ne déchiffre pas la clé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Enter passphrase for key &apos;%1&apos; (kept in the keychain once it works):</source>
        <translation>Saisissez la phrase secrète de la clé &apos;%1&apos; (elle sera conservée dans le trousseau dès qu&apos;elle fonctionne) :</translation>
    </message>
    <message>
        <source>Enter passphrase for key &apos;%1&apos;:</source>
        <translation>Saisissez la phrase secrète de la clé &apos;%1&apos; :</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s); key &apos;%1&apos; skipped.</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde ; clé &apos;%1&apos; ignorée.</numerusform>
            <numerusform>Aucune réponse en %n secondes ; clé &apos;%1&apos; ignorée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; skipped: the command no longer waits for it.</source>
        <translation>Clé &apos;%1&apos; ignorée : la commande ne l&apos;attend plus.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a whole number of %3 or more.</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas un nombre entier supérieur ou égal à %3.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number above 0.</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>--batch-sizes &apos;%1&apos; is not a list of batch sizes; give whole numbers from 1 to 65536 separated by commas, like 1,2,4,8.</source>
        <translation>--batch-sizes &apos;%1&apos; n&apos;est pas une liste de tailles de lot valide ; indiquez des nombres entiers de 1 à 65536 séparés par des virgules, comme 1,2,4,8.</translation>
    </message>
    <message>
        <source>--max-memory &apos;%1&apos; is not a size; give bytes or a number with K, M, G or T (binary units: 512M is 512 MiB), like 512M or 2G.</source>
        <translation>--max-memory &apos;%1&apos; n&apos;est pas une taille valide ; indiquez un nombre d&apos;octets ou un nombre suivi de K, M, G ou T (unités binaires : 512M correspond à 512 Mio), comme 512M ou 2G.</translation>
    </message>
    <message>
        <source>--no-perf skips the timing that --max-p99-ms, --max-memory and --min-throughput need; leave out --no-perf or the budgets.</source>
        <translation>--no-perf désactive les mesures de temps dont --max-p99-ms, --max-memory et --min-throughput ont besoin ; retirez --no-perf ou les budgets.</translation>
    </message>
    <message>
        <source>Loads the model, lists the ops the engine cannot run, runs it and compares its outputs with the golden outputs of --data (|actual - expected| &lt;= atol + rtol * |expected|). Without --data it runs on seeded inputs and reports each output&apos;s range and NaN and Inf counts. Then it times the model (warm-up, timed runs, p50/p90/p99 latency, throughput per batch size, peak memory) and holds the numbers against the budgets given. The verdict and its numbers are stored in the inventory. Exits with 0 on pass, 1 on fail (outputs or a budget), 5 when the model cannot be validated here.</source>
        <translation>Charge le modèle, liste les opérateurs que le moteur ne peut pas exécuter, l&apos;exécute et compare ses sorties aux sorties de référence de --data (|actual - expected| &lt;= atol + rtol * |expected|). Sans --data, il s&apos;exécute sur des entrées générées à partir d&apos;une graine et indique pour chaque sortie la plage de valeurs ainsi que le nombre de NaN et d&apos;Inf. Il mesure ensuite les performances du modèle (préchauffage, exécutions chronométrées, latence p50/p90/p99, débit par taille de lot, pic de mémoire) et les compare aux budgets indiqués. Le verdict et ses valeurs sont enregistrés dans l&apos;inventaire. Se termine avec le code 0 en cas de réussite, 1 en cas d&apos;échec (sorties ou budget) et 5 lorsque le modèle ne peut pas être validé ici.</translation>
    </message>
    <message>
        <source>Timed runs per batch size (default 20; a batch size stops after 20 s).</source>
        <translation>Exécutions chronométrées par taille de lot (par défaut : 20 ; une taille de lot s&apos;arrête après 20 s).</translation>
    </message>
    <message>
        <source>Untimed warm-up runs first (default 2).</source>
        <translation>Exécutions de préchauffage non chronométrées, effectuées au préalable (par défaut : 2).</translation>
    </message>
    <message>
        <source>Keep warming up until this many milliseconds have passed, too.</source>
        <translation>Poursuivre également le préchauffage jusqu&apos;à ce que ce nombre de millisecondes soit écoulé.</translation>
    </message>
    <message>
        <source>Keep timing each batch size until its runs add up to this many milliseconds, too (still at most 20 s).</source>
        <translation>Poursuivre également le chronométrage de chaque taille de lot jusqu&apos;à ce que ses exécutions totalisent ce nombre de millisecondes (toujours 20 s au maximum).</translation>
    </message>
    <message>
        <source>Batch sizes for the throughput table when the model&apos;s batch dimension is free (default 1,2,4,8).</source>
        <translation>Tailles de lot du tableau de débit lorsque la dimension de lot du modèle est libre (par défaut : 1,2,4,8).</translation>
    </message>
    <message>
        <source>Budget: fail when the p99 latency is above X milliseconds.</source>
        <translation>Budget : échouer si la latence p99 dépasse X millisecondes.</translation>
    </message>
    <message>
        <source>Budget: fail when peak memory is above SIZE (512M, 2G). It means GPU memory; on the CPU it counts only with --device cpu, otherwise it is not measured and fails.</source>
        <translation>Budget : échouer si le pic de mémoire dépasse SIZE (512M, 2G). Il s&apos;agit de la mémoire GPU ; sur le CPU, il n&apos;est pris en compte qu&apos;avec --device cpu, sinon il n&apos;est pas mesuré et échoue.</translation>
    </message>
    <message>
        <source>Budget: fail when the best throughput is below X inferences per second.</source>
        <translation>Budget : échouer si le meilleur débit est inférieur à X inférences par seconde.</translation>
    </message>
    <message>
        <source>Check the outputs only; no timing.</source>
        <translation>Vérifier uniquement les sorties ; aucune mesure de temps.</translation>
    </message>
    <message>
        <source>Memory:    peak %1 (the engine&apos;s own count)</source>
        <translation>Mémoire :   pic %1 (décompte propre au moteur)</translation>
    </message>
    <message>
        <source>Memory:    peak %1 (rise of the process&apos;s peak resident set during the runs)</source>
        <translation>Mémoire :   pic %1 (hausse du pic de mémoire résidente du processus pendant les exécutions)</translation>
    </message>
    <message>
        <source>Memory:    not measured on this system</source>
        <translation>Mémoire :   non mesurée sur ce système</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n thread(s)</source>
        <translation>
            <numerusform>%1, %n thread</numerusform>
            <numerusform>%1, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Device:    %1</source>
        <translation>Périphérique : %1</translation>
    </message>
    <message numerus="yes">
        <source>Latency at batch %1 over %n timed run(s) after %2 warm-up run(s), %3:</source>
        <translation>
            <numerusform>Latence pour un lot de %1 sur %n exécution chronométrée après %2 exécution(s) de préchauffage, %3 :</numerusform>
            <numerusform>Latence pour un lot de %1 sur %n exécutions chronométrées après %2 exécution(s) de préchauffage, %3 :</numerusform>
        </translation>
    </message>
    <message>
        <source>device timer</source>
        <translation>minuterie du périphérique</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translation>temps réel écoulé</translation>
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
        <translation>MOYENNE MS</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>STABLE</source>
        <translation>STABLE</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOT</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>EXÉCUTIONS</translation>
    </message>
    <message>
        <source>INFERENCES/S</source>
        <translation>INFÉRENCES/S</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>exécution impossible</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>Débit :</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMITE</translation>
    </message>
    <message>
        <source>MEASURED</source>
        <translation>MESURÉ</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Budgets:</source>
        <translation>Budgets :</translation>
    </message>
    <message>
        <source>Where to run: auto (default) uses the GPU when the CUDA engine plugin is installed and finds a device, else the CPU and says why; cuda fails with exit code 5 when there is none; cpu runs the CPU reference engine. On the GPU, seeded inputs are also run on the CPU engine and the outputs compared.</source>
        <translation>Où exécuter : auto (par défaut) utilise le GPU si le plugin de moteur CUDA est installé et trouve un périphérique, sinon le CPU en indiquant pourquoi ; cuda échoue avec le code de sortie 5 si aucun GPU n&apos;est disponible ; cpu exécute le moteur de référence CPU. Sur le GPU, les entrées générées à partir d&apos;une graine sont aussi exécutées sur le moteur CPU et les sorties sont comparées.</translation>
    </message>
    <message>
        <source>Let the GPU use TF32 tensor cores for float32 matrix products: faster, but with about 10 mantissa bits instead of 23, so outputs drift from float32 references. Unless --rtol or --atol is given, the outputs are then held to the GPU profile&apos;s tolerances (rtol 1e-2, atol 1e-3), and the report says so. Off by default.</source>
        <translation>Autoriser le GPU à utiliser les cœurs Tensor TF32 pour les produits matriciels float32 : plus rapide, mais avec environ 10 bits de mantisse au lieu de 23, de sorte que les sorties s&apos;écartent des références float32. Sauf si --rtol ou --atol est indiqué, les sorties sont alors soumises aux tolérances du profil GPU (rtol 1e-2, atol 1e-3), et le rapport le signale. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Driver:    %1</source>
        <translation>Pilote :    %1</translation>
    </message>
    <message>
        <source>TF32:      allowed in float32 matrix products</source>
        <translation>TF32 :      autorisé dans les produits matriciels float32</translation>
    </message>
    <message>
        <source>Inputs:    seeded (seed %1), compared with the CPU reference engine&apos;s outputs</source>
        <translation>Entrées :   générées (graine %1), comparées aux sorties du moteur de référence CPU</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Credentials</name>
    <message>
        <source>No keychain is available (%1). Install and start one (GNOME Keyring, KWallet), or use ssh-agent.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Installez-en un et démarrez-le (GNOME Keyring, KWallet), ou utilisez ssh-agent.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1); it may be locked. Unlock it, or type the passphrase when asked.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1) ; il est peut-être verrouillé. Déverrouillez-le, ou saisissez la phrase secrète lorsqu&apos;elle vous est demandée.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: %1</source>
        <translation>Le trousseau est inaccessible : %1</translation>
    </message>
    <message>
        <source>the plain-text fallback could not be switched off</source>
        <translation>le repli en texte clair n&apos;a pas pu être désactivé</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms: it may be locked, or waiting for an unlock prompt on the desktop.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 ms : il est peut-être verrouillé, ou en attente d&apos;une demande de déverrouillage sur le bureau.</translation>
    </message>
    <message>
        <source>The keychain cannot be read from its own thread.</source>
        <translation>Impossible de lire le trousseau depuis son propre thread.</translation>
    </message>
    <message>
        <source>The keychain cannot be written from its own thread.</source>
        <translation>Impossible d&apos;écrire dans le trousseau depuis son propre thread.</translation>
    </message>
    <message>
        <source>The keychain cannot be changed from its own thread.</source>
        <translation>Impossible de modifier le trousseau depuis son propre thread.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Fleet</name>
    <message>
        <source>Use one of: all | NAME[,NAME...] | site=SITE | tier=edge | tier=cloud | label:KEY=VALUE.</source>
        <translation>Utilisez l&apos;une des formes suivantes : all | NAME[,NAME...] | site=SITE | tier=edge | tier=cloud | label:KEY=VALUE.</translation>
    </message>
    <message>
        <source>The node selector is empty.</source>
        <translation>Le sélecteur de nœuds est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label selector: write label:KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; n&apos;est pas un sélecteur d&apos;étiquette : écrivez label:KEY=VALUE avec une clé composée de lettres, de chiffres, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;site=&quot; needs a site name after it.</source>
        <translation>&quot;site=&quot; doit être suivi d&apos;un nom de site.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; a tier is edge or cloud.</source>
        <translation>&quot;%1&quot; n&apos;est pas un niveau ; un niveau vaut edge ou cloud.</translation>
    </message>
    <message>
        <source>The node list &quot;%1&quot; has an empty name.</source>
        <translation>La liste de nœuds &quot;%1&quot; contient un nom vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a node name nor a selector.</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom de nœud ni un sélecteur.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is defined twice in this source (first at %2); keep one of them.</source>
        <translation>Le nœud &quot;%1&quot; est défini deux fois dans cette source (première occurrence : %2) ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Unknown import format.</source>
        <translation>Format d&apos;import inconnu.</translation>
    </message>
    <message>
        <source>a Match block, not a host: its settings apply to the hosts it matches</source>
        <translation>un bloc Match, pas un hôte : ses paramètres s&apos;appliquent aux hôtes qu&apos;il désigne</translation>
    </message>
    <message>
        <source>a negated pattern, not a host: it keeps its block from other hosts</source>
        <translation>un motif négatif, pas un hôte : il exclut des hôtes de son bloc</translation>
    </message>
    <message>
        <source>a pattern, not a host: its settings apply to the hosts it matches</source>
        <translation>un motif, pas un hôte : ses paramètres s&apos;appliquent aux hôtes qu&apos;il désigne</translation>
    </message>
    <message>
        <source>Host range in &quot;%1&quot; is not valid: %2. Write it like web[1:3], db[01:10], node[a:c] or x[0:10:2].</source>
        <translation>La plage d&apos;hôtes dans &quot;%1&quot; n&apos;est pas valide : %2. Écrivez-la par exemple web[1:3], db[01:10], node[a:c] ou x[0:10:2].</translation>
    </message>
    <message>
        <source>expected [begin:end] or [begin:end:step]</source>
        <translation>[début:fin] ou [début:fin:pas] attendu</translation>
    </message>
    <message>
        <source>the end value is missing</source>
        <translation>la valeur de fin est manquante</translation>
    </message>
    <message>
        <source>the step must be a positive number</source>
        <translation>le pas doit être un nombre positif</translation>
    </message>
    <message>
        <source>the begin must not come after the end</source>
        <translation>le début ne doit pas se trouver après la fin</translation>
    </message>
    <message>
        <source>begin and end must both be numbers or both single letters</source>
        <translation>le début et la fin doivent être soit tous deux des nombres, soit tous deux des lettres uniques</translation>
    </message>
    <message>
        <source>a zero-padded begin needs an end of the same width</source>
        <translation>un début complété par des zéros nécessite une fin de même largeur</translation>
    </message>
    <message>
        <source>it names more than 100000 hosts</source>
        <translation>elle désigne plus de 100000 hôtes</translation>
    </message>
    <message>
        <source>ansible_port &quot;%1&quot; of host %2 is not a port; use a number from 1 to 65535.</source>
        <translation>ansible_port &quot;%1&quot; de l&apos;hôte %2 n&apos;est pas un port ; utilisez un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>fleetdeck_tier &quot;%1&quot; of host %2 is not edge or cloud.</source>
        <translation>fleetdeck_tier &quot;%1&quot; de l&apos;hôte %2 n&apos;est ni edge ni cloud.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; is its own ancestor through :children; break the loop.</source>
        <translation>Le groupe &quot;%1&quot; est son propre ancêtre via :children ; rompez la boucle.</translation>
    </message>
    <message>
        <source>Host pattern &quot;%1&quot; opens a range with [ but never closes it.</source>
        <translation>Le motif d&apos;hôte &quot;%1&quot; ouvre une plage avec [ mais ne la ferme jamais.</translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; of host %2 is not a port; use a number from 1 to 65535.</source>
        <translation>Le port &quot;%1&quot; de l&apos;hôte %2 n&apos;est pas un port ; utilisez un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group name; a :children section lists one group per line.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de groupe ; une section :children liste un groupe par ligne.</translation>
    </message>
    <message>
        <source>Bad section header &quot;%1&quot;; write [group], [group:vars] or [group:children].</source>
        <translation>En-tête de section &quot;%1&quot; incorrect ; écrivez [group], [group:vars] ou [group:children].</translation>
    </message>
    <message>
        <source>Expected key=value in [%1:vars], got &quot;%2&quot;.</source>
        <translation>key=value attendu dans [%1:vars], reçu : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A quote is not closed; close it or remove it.</source>
        <translation>Un guillemet n&apos;est pas fermé ; fermez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>Expected key=value after the host name, got &quot;%1&quot;.</source>
        <translation>key=value attendu après le nom d&apos;hôte, reçu : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An Ansible YAML inventory is a mapping of groups (usually starting with &quot;all:&quot;).</source>
        <translation>Un inventaire YAML Ansible est un mappage de groupes (commençant généralement par &quot;all:&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group name.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de groupe.</translation>
    </message>
    <message>
        <source>Group %1 must map to hosts, vars and children.</source>
        <translation>Le groupe %1 doit être un mappage contenant hosts, vars et children.</translation>
    </message>
    <message>
        <source>Group %1 has &quot;%2&quot;; a group has only hosts, vars and children.</source>
        <translation>Le groupe %1 contient &quot;%2&quot; ; un groupe ne contient que hosts, vars et children.</translation>
    </message>
    <message>
        <source>vars must be a mapping of names to values.</source>
        <translation>vars doit être un mappage de noms vers des valeurs.</translation>
    </message>
    <message>
        <source>hosts of group %1 must be a mapping of host names.</source>
        <translation>hosts du groupe %1 doit être un mappage de noms d&apos;hôtes.</translation>
    </message>
    <message>
        <source>children of group %1 must be a mapping of groups.</source>
        <translation>children du groupe %1 doit être un mappage de groupes.</translation>
    </message>
    <message>
        <source>Groups are nested more than %1 levels deep; a group probably contains itself through a YAML alias.</source>
        <translation>Les groupes sont imbriqués à une profondeur supérieure à %1 ; un groupe se contient probablement lui-même via un alias YAML.</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; is not KEY=VALUE; write labels as key=value;key2=value2.</source>
        <translation>L&apos;étiquette &quot;%1&quot; n&apos;est pas de la forme KEY=VALUE ; écrivez les étiquettes sous la forme key=value;key2=value2.</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; is given twice; keep one.</source>
        <translation>L&apos;étiquette &quot;%1&quot; est indiquée deux fois ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are %2 (in any order).</source>
        <translation>Colonne &quot;%1&quot; inconnue ; les colonnes sont %2 (dans n&apos;importe quel ordre).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice; keep one.</source>
        <translation>La colonne &quot;%1&quot; apparaît deux fois ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>The header row needs the columns name and host (it is: %1).</source>
        <translation>La ligne d&apos;en-tête doit contenir les colonnes name et host (elle contient : %1).</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2; quote fields that contain commas.</source>
        <translation>Cette ligne a %1 champs mais l&apos;en-tête en a %2 ; mettez entre guillemets les champs qui contiennent des virgules.</translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; is not a port; use a number from 1 to 65535.</source>
        <translation>Le port &quot;%1&quot; n&apos;est pas un port ; utilisez un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; is not edge or cloud.</source>
        <translation>Le niveau &quot;%1&quot; n&apos;est ni edge ni cloud.</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>Un guillemet dans un champ sans guillemets ; mettez tout le champ entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Text after a closing quote; put a comma after the quoted field.</source>
        <translation>Texte après un guillemet fermant ; placez une virgule après le champ entre guillemets.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file; close its quote.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé avant la fin du fichier ; fermez son guillemet.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row such as %1.</source>
        <translation>Le fichier est vide ; il lui faut une ligne d&apos;en-tête telle que %1.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is listed twice (first on line %2); keep one row.</source>
        <translation>Le nœud &quot;%1&quot; figure deux fois (première occurrence à la ligne %2) ; ne gardez qu&apos;une seule ligne.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>clé d&apos;hôte refusée</translation>
    </message>
    <message>
        <source>Node %1: its agent command starts with &apos;local&apos;, which runs the agent on this computer, but its host %2 is another one. Remove &apos;local&apos; to reach the agent over SSH, or set the host to localhost.</source>
        <translation>Nœud %1 : sa commande d&apos;agent commence par &apos;local&apos;, ce qui exécute l&apos;agent sur cet ordinateur, mais son hôte %2 est une autre machine. Supprimez &apos;local&apos; pour joindre l&apos;agent via SSH, ou définissez l&apos;hôte sur localhost.</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>Nœud %1 : %2</translation>
    </message>
    <message>
        <source>To trust it, run the check again with --accept-new-host-keys (the key is then pinned in the known_hosts file).</source>
        <translation>Pour lui faire confiance, relancez la vérification avec --accept-new-host-keys (la clé est alors épinglée dans le fichier known_hosts).</translation>
    </message>
    <message>
        <source>Node %1 accepted the SSH connection but not the agent command: %2</source>
        <translation>Le nœud %1 a accepté la connexion SSH mais pas la commande d&apos;agent : %2</translation>
    </message>
    <message>
        <source>Node %1: the agent command &quot;%2&quot; was not found there (exit status 127). Install fleetdeck-agent on the node, or correct the node&apos;s agent command with &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</source>
        <translation>Nœud %1 : la commande d&apos;agent &quot;%2&quot; est introuvable sur ce nœud (code de sortie 127). Installez fleetdeck-agent sur le nœud, ou corrigez la commande d&apos;agent du nœud avec &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</translation>
    </message>
    <message>
        <source>Node %1: the agent command &quot;%2&quot; ended (exit status %3).</source>
        <translation>Nœud %1 : la commande d&apos;agent &quot;%2&quot; s&apos;est terminée (code de sortie %3).</translation>
    </message>
    <message>
        <source>Node %1: the agent command &quot;%2&quot; ended (exit status %3) before it answered. Check that it starts fleetdeck-agent rpc, or correct it with &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</source>
        <translation>Nœud %1 : la commande d&apos;agent &quot;%2&quot; s&apos;est terminée (code de sortie %3) avant de répondre. Vérifiez qu&apos;elle lance fleetdeck-agent rpc, ou corrigez-la avec &apos;fleetdeck-cli nodes edit %1 --agent-command CMD&apos;.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Message reçu : %1</translation>
    </message>
    <message>
        <source>hello failed: %1</source>
        <translation>échec de hello : %1</translation>
    </message>
    <message>
        <source>node.facts failed: %1</source>
        <translation>échec de node.facts : %1</translation>
    </message>
    <message>
        <source>Node %1 is reachable but its agent (&quot;%2&quot;) is not usable: %3</source>
        <translation>Le nœud %1 est joignable mais son agent (&quot;%2&quot;) est inutilisable : %3</translation>
    </message>
    <message>
        <source>the agent process closed the session.</source>
        <translation>le processus de l&apos;agent a fermé la session.</translation>
    </message>
    <message>
        <source>Node %1 (%2) did not finish connecting within %3 s (connect, host key, hello and facts). Check that the node is up and its agent answers.</source>
        <translation>Le nœud %1 (%2) n&apos;a pas terminé sa connexion en %3 s (connexion, clé d&apos;hôte, hello et facts). Vérifiez que le nœud est démarré et que son agent répond.</translation>
    </message>
    <message>
        <source>The check of node %1 was cancelled.</source>
        <translation>La vérification du nœud %1 a été annulée.</translation>
    </message>
    <message>
        <source>Node %1 has no open session; connect first.</source>
        <translation>Le nœud %1 n&apos;a aucune session ouverte ; connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Node %1: the ssh config cannot be used: %2</source>
        <translation>Nœud %1 : la configuration ssh est inutilisable : %2</translation>
    </message>
    <message>
        <source>Disconnected by the operator.</source>
        <translation>Déconnecté par l&apos;opérateur.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Inventory</name>
    <message>
        <source>Inventory %1: %2 failed: %3. Another Fleetdeck (app or CLI) is writing to it; try again when it is done.</source>
        <translation>Inventaire %1 : %2 a échoué : %3. Une autre instance de Fleetdeck (application ou CLI) y écrit ; réessayez lorsqu&apos;elle aura terminé.</translation>
    </message>
    <message>
        <source>Inventory %1: %2 failed: %3</source>
        <translation>Inventaire %1 : %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 fait %2 caractères ; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a control character (such as a line break); remove it.</source>
        <translation>%1 &quot;%2&quot; contient un caractère de contrôle (comme un saut de ligne) ; supprimez-le.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains white space; it is not allowed there.</source>
        <translation>%1 &quot;%2&quot; contient des espaces ; ils ne sont pas autorisés ici.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; starts with &quot;-&quot;, which a command line would read as an option; remove the dash.</source>
        <translation>%1 &quot;%2&quot; commence par &quot;-&quot;, ce qu&apos;une ligne de commande interpréterait comme une option ; supprimez le tiret.</translation>
    </message>
    <message>
        <source>Node name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Le nom de nœud &quot;%1&quot; n&apos;est pas autorisé : utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; of node %2 is not a valid host name, IPv4 or IPv6 address; write it like gpu-01.example.com, 10.0.0.5 or fe80::1 (without brackets).</source>
        <translation>L&apos;hôte &quot;%1&quot; du nœud %2 n&apos;est ni un nom d&apos;hôte valide ni une adresse IPv4 ou IPv6 valide ; écrivez-le par exemple gpu-01.example.com, 10.0.0.5 ou fe80::1 (sans crochets).</translation>
    </message>
    <message>
        <source>Port %1 of node %2 is out of range; use a port from 1 to 65535.</source>
        <translation>Le port %1 du nœud %2 est hors limites ; utilisez un port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>User of node %1</source>
        <translation>Utilisateur du nœud %1</translation>
    </message>
    <message>
        <source>Identity file of node %1</source>
        <translation>Fichier d&apos;identité du nœud %1</translation>
    </message>
    <message>
        <source>Site of node %1</source>
        <translation>Site du nœud %1</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; of node %2 starts or ends with white space; remove it.</source>
        <translation>Le site &quot;%1&quot; du nœud %2 commence ou se termine par des espaces ; supprimez-les.</translation>
    </message>
    <message>
        <source>Agent command of node %1</source>
        <translation>Commande d&apos;agent du nœud %1</translation>
    </message>
    <message>
        <source>Label key &quot;%1&quot; of node %2 is not allowed: use 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;.</source>
        <translation>La clé d&apos;étiquette &quot;%1&quot; du nœud %2 n&apos;est pas autorisée : utilisez de 1 à 128 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Label %1 of node %2 has a value that is too long or contains a control character; use at most %3 printable characters.</source>
        <translation>L&apos;étiquette %1 du nœud %2 a une valeur trop longue ou contenant un caractère de contrôle ; utilisez au plus %3 caractères imprimables.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>Inventory %1 was written by a newer Fleetdeck (schema %2, this build knows %3): upgrade Fleetdeck to open it.</source>
        <translation>L&apos;inventaire %1 a été écrit par une version plus récente de Fleetdeck (schéma %2, cette version connaît %3) : mettez à jour Fleetdeck pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>starting schema migration %1</source>
        <translation>le démarrage de la migration de schéma %1</translation>
    </message>
    <message>
        <source>%1 The inventory was left at schema %2.</source>
        <translation>%1 L&apos;inventaire est resté au schéma %2.</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>la migration de schéma %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>l&apos;enregistrement de la version de schéma %1</translation>
    </message>
    <message>
        <source>committing schema migration %1</source>
        <translation>la finalisation de la migration de schéma %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not an inventory file; give a file name with --db.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;inventaire ; indiquez un nom de fichier avec --db.</translation>
    </message>
    <message>
        <source>Inventory %1 does not exist; check the path given with --db.</source>
        <translation>L&apos;inventaire %1 n&apos;existe pas ; vérifiez le chemin indiqué avec --db.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the inventory; check its permissions or choose another file with --db.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;inventaire ; vérifiez ses permissions ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>Cannot read inventory %1: %2. Check its permissions.</source>
        <translation>Impossible de lire l&apos;inventaire %1 : %2. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database; choose another file with --db or move it away.</source>
        <translation>%1 n&apos;est pas une base de données SQLite ; choisissez un autre fichier avec --db ou déplacez ce fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1 as a SQLite database (%2); it may be damaged. Choose another file with --db or restore a backup.</source>
        <translation>Impossible de lire %1 comme base de données SQLite (%2) ; elle est peut-être endommagée. Choisissez un autre fichier avec --db ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>No inventory file given; name one with --db.</source>
        <translation>Aucun fichier d&apos;inventaire indiqué ; indiquez-en un avec --db.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé ; installez le plugin SQLite de Qt 6 (Debian : libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open inventory %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;inventaire %1 : %2</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>la configuration de la connexion</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Fleetdeck inventory; choose another file with --db.</source>
        <translation>%1 est une base de données SQLite mais pas un inventaire Fleetdeck ; choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>Inventory %1 has schema %2 and this build needs %3; open it once without read-only mode so it can be upgraded.</source>
        <translation>L&apos;inventaire %1 a le schéma %2 et cette version nécessite %3 ; ouvrez-le une fois hors du mode lecture seule pour qu&apos;il puisse être mis à niveau.</translation>
    </message>
    <message>
        <source>marking the file as an inventory</source>
        <translation>le marquage du fichier comme inventaire</translation>
    </message>
    <message>
        <source>Cannot keep a copy of inventory %1 before upgrading it (%2); free some disk space or make its folder writable, then try again.</source>
        <translation>Impossible de conserver une copie de l&apos;inventaire %1 avant sa mise à niveau (%2) ; libérez de l&apos;espace disque ou rendez son dossier accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>committing a change</source>
        <translation>la finalisation d&apos;une modification</translation>
    </message>
    <message>
        <source>undoing a change</source>
        <translation>l&apos;annulation d&apos;une modification</translation>
    </message>
    <message>
        <source>Inventory %1 is open read-only; it cannot be changed.</source>
        <translation>L&apos;inventaire %1 est ouvert en lecture seule ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>le démarrage d&apos;une modification</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>appending to the audit log</source>
        <translation>l&apos;ajout au journal d&apos;audit</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>la vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written: its content does not match its hash.</source>
        <translation>La ligne d&apos;audit %1 a été modifiée après son écriture : son contenu ne correspond pas à son hachage.</translation>
    </message>
    <message>
        <source>A row before audit row %1 is missing: the chain must start at row 1, so rows 1 to %2 were removed.</source>
        <translation>Une ligne précédant la ligne d&apos;audit %1 est manquante : la chaîne doit commencer à la ligne 1, les lignes 1 à %2 ont donc été supprimées.</translation>
    </message>
    <message>
        <source>The audit chain start is wrong: row 1 links to a previous row that cannot exist.</source>
        <translation>Le début de la chaîne d&apos;audit est incorrect : la ligne 1 renvoie à une ligne précédente qui ne peut pas exister.</translation>
    </message>
    <message>
        <source>A row before audit row %1 is missing: rows %2 to %3 were removed.</source>
        <translation>Une ligne précédant la ligne d&apos;audit %1 est manquante : les lignes %2 à %3 ont été supprimées.</translation>
    </message>
    <message>
        <source>Audit row %1 does not link to row %2: row %2 was rewritten, or a row between them removed.</source>
        <translation>La ligne d&apos;audit %1 n&apos;est pas liée à la ligne %2 : la ligne %2 a été réécrite, ou une ligne intermédiaire a été supprimée.</translation>
    </message>
    <message>
        <source>listing nodes</source>
        <translation>listage des nœuds</translation>
    </message>
    <message>
        <source>listing node labels</source>
        <translation>listage des étiquettes des nœuds</translation>
    </message>
    <message>
        <source>looking up a node</source>
        <translation>recherche d&apos;un nœud</translation>
    </message>
    <message>
        <source>reading node labels</source>
        <translation>lecture des étiquettes des nœuds</translation>
    </message>
    <message>
        <source>listing sites</source>
        <translation>listage des sites</translation>
    </message>
    <message>
        <source>A node named %1 already exists; choose another name, or change or remove the existing node.</source>
        <translation>Un nœud nommé %1 existe déjà ; choisissez un autre nom, ou modifiez ou supprimez le nœud existant.</translation>
    </message>
    <message>
        <source>looking up site %1</source>
        <translation>recherche du site %1</translation>
    </message>
    <message>
        <source>adding site %1</source>
        <translation>ajout du site %1</translation>
    </message>
    <message>
        <source>replacing node labels</source>
        <translation>remplacement des étiquettes des nœuds</translation>
    </message>
    <message>
        <source>writing node labels</source>
        <translation>écriture des étiquettes des nœuds</translation>
    </message>
    <message>
        <source>adding node %1</source>
        <translation>ajout du nœud %1</translation>
    </message>
    <message>
        <source>changing node %1</source>
        <translation>modification du nœud %1</translation>
    </message>
    <message>
        <source>Node %1 cannot be changed: it is not stored yet; add it first.</source>
        <translation>Le nœud %1 ne peut pas être modifié : il n&apos;est pas encore enregistré ; ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Node %1 no longer exists (it was removed meanwhile); reload the node list.</source>
        <translation>Le nœud %1 n&apos;existe plus (il a été supprimé entre-temps) ; rechargez la liste des nœuds.</translation>
    </message>
    <message>
        <source>There is no node named %1; list the nodes to see their names.</source>
        <translation>Il n&apos;existe aucun nœud nommé %1 ; listez les nœuds pour voir leurs noms.</translation>
    </message>
    <message>
        <source>removing node %1</source>
        <translation>suppression du nœud %1</translation>
    </message>
    <message>
        <source>recording the state of node %1</source>
        <translation>enregistrement de l&apos;état du nœud %1</translation>
    </message>
    <message>
        <source>recording the facts of node %1</source>
        <translation>enregistrement des faits du nœud %1</translation>
    </message>
    <message>
        <source>reading the state of node %1</source>
        <translation>lecture de l&apos;état du nœud %1</translation>
    </message>
    <message>
        <source>reading node states</source>
        <translation>lecture des états des nœuds</translation>
    </message>
    <message>
        <source>No inventory is open yet; open one first.</source>
        <translation>Aucun inventaire n&apos;est encore ouvert ; ouvrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Model name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Le nom de modèle « %1 » n&apos;est pas autorisé : utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of model %2 is not allowed: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos;, starting with a letter or digit, without &quot;..&quot;.</source>
        <translation>La version « %1 » du modèle %2 n&apos;est pas autorisée : utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre, sans « .. ».</translation>
    </message>
    <message>
        <source>Model %1: &quot;%2&quot; is not a SHA-256 in lowercase hex (64 characters).</source>
        <translation>Modèle %1 : « %2 » n&apos;est pas un SHA-256 en hexadécimal minuscule (64 caractères).</translation>
    </message>
    <message>
        <source>Model %1 has no stored artifact (size, format or path missing); import the file again.</source>
        <translation>Le modèle %1 n&apos;a aucun artefact enregistré (taille, format ou chemin manquant) ; importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the model file itself.</source>
        <translation>%1 est un dossier ; indiquez le fichier du modèle lui-même.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>Cannot write to the artifact store at %1: %2. Free some disk space or make the folder writable, then import again.</source>
        <translation>Impossible d&apos;écrire dans le magasin d&apos;artefacts %1 : %2. Libérez de l&apos;espace disque ou rendez le dossier accessible en écriture, puis relancez l&apos;import.</translation>
    </message>
    <message>
        <source>Cannot read %1 to the end: %2.</source>
        <translation>Impossible de lire %1 jusqu&apos;au bout : %2.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported (its SHA-256 is no longer %2); import it again once nothing writes to it.</source>
        <translation>%1 a été modifié pendant l&apos;import (son SHA-256 n&apos;est plus %2) ; importez-le à nouveau lorsque plus rien n&apos;y écrit.</translation>
    </message>
    <message>
        <source>listing model versions</source>
        <translation>listage des versions de modèle</translation>
    </message>
    <message>
        <source>looking up a model version</source>
        <translation>recherche d&apos;une version de modèle</translation>
    </message>
    <message>
        <source>looking up model %1</source>
        <translation>recherche du modèle %1</translation>
    </message>
    <message>
        <source>adding model %1</source>
        <translation>ajout du modèle %1</translation>
    </message>
    <message>
        <source>adding model version %1</source>
        <translation>ajout de la version de modèle %1</translation>
    </message>
    <message>
        <source>Model %1 already exists with other content (SHA-256 %2, this file has %3). A version never changes: import the file under a new version.</source>
        <translation>Le modèle %1 existe déjà avec un autre contenu (SHA-256 %2, ce fichier a %3). Une version ne change jamais : importez le fichier sous une nouvelle version.</translation>
    </message>
    <message>
        <source>A validation of %1 needs the file&apos;s SHA-256 in lowercase hex; got &quot;%2&quot;.</source>
        <translation>Une validation de %1 nécessite le SHA-256 du fichier en hexadécimal minuscule ; reçu : « %2 ».</translation>
    </message>
    <message>
        <source>A validation of %1 must name its engine and device.</source>
        <translation>Une validation de %1 doit indiquer son moteur et son périphérique.</translation>
    </message>
    <message>
        <source>recording the validation of %1</source>
        <translation>enregistrement de la validation de %1</translation>
    </message>
    <message>
        <source>reading validations</source>
        <translation>lecture des validations</translation>
    </message>
    <message>
        <source>recording a connection event of node %1</source>
        <translation>enregistrement d&apos;un événement de connexion du nœud %1</translation>
    </message>
    <message>
        <source>dropping old connection events</source>
        <translation>suppression des anciens événements de connexion</translation>
    </message>
    <message>
        <source>reading connection events</source>
        <translation>lecture des événements de connexion</translation>
    </message>
    <message>
        <source>counting connection events</source>
        <translation>comptage des événements de connexion</translation>
    </message>
    <message>
        <source>the newest validation&apos;s verdict is %1.</source>
        <translation>le verdict de la validation la plus récente est %1.</translation>
    </message>
    <message>
        <source>it was validated with rtol %1, looser than the required %2.</source>
        <translation>la validation a utilisé rtol %1, moins strict que la valeur requise %2.</translation>
    </message>
    <message>
        <source>it was validated with atol %1, looser than the required %2.</source>
        <translation>la validation a utilisé atol %1, moins strict que la valeur requise %2.</translation>
    </message>
    <message>
        <source>its p99 latency was not measured.</source>
        <translation>sa latence p99 n&apos;a pas été mesurée.</translation>
    </message>
    <message>
        <source>its p99 latency of %1 ms is above the required %2 ms.</source>
        <translation>sa latence p99 de %1 ms dépasse les %2 ms requises.</translation>
    </message>
    <message>
        <source>its peak memory on the device was not measured.</source>
        <translation>son pic de mémoire sur le périphérique n&apos;a pas été mesuré.</translation>
    </message>
    <message>
        <source>its peak memory of %1 bytes is above the required %2 bytes.</source>
        <translation>son pic de mémoire de %1 octets dépasse les %2 octets requis.</translation>
    </message>
    <message>
        <source>its throughput was not measured.</source>
        <translation>son débit n&apos;a pas été mesuré.</translation>
    </message>
    <message>
        <source>its best throughput of %1 inferences/s is below the required %2.</source>
        <translation>son meilleur débit de %1 inférences/s est inférieur au minimum requis de %2.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Protocol</name>
    <message>
        <source>The peer sent data that is not a Fleetdeck agent frame (bad magic). Check that the agent command prints nothing else on its output.</source>
        <translation>Le pair a envoyé des données qui ne sont pas une trame d&apos;agent Fleetdeck (nombre magique incorrect). Vérifiez que la commande de l&apos;agent n&apos;écrit rien d&apos;autre sur sa sortie.</translation>
    </message>
    <message>
        <source>Unsupported frame format version %1 (this side speaks %2). Install matching versions of Fleetdeck and fleetdeck-agent.</source>
        <translation>Version de format de trame %1 non prise en charge (ce côté parle %2). Installez des versions correspondantes de Fleetdeck et de fleetdeck-agent.</translation>
    </message>
    <message>
        <source>Unknown frame type %1.</source>
        <translation>Type de trame inconnu %1.</translation>
    </message>
    <message>
        <source>Unknown frame flags 0x%1.</source>
        <translation>Indicateurs de trame inconnus 0x%1.</translation>
    </message>
    <message>
        <source>A frame declares %1 bytes of payload; the limit is %2 bytes.</source>
        <translation>Une trame déclare %1 octets de charge utile ; la limite est de %2 octets.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing or is not %2.</source>
        <translation>Le champ « %1 » est absent ou n&apos;est pas %2.</translation>
    </message>
    <message>
        <source>The message is not valid CBOR (%1 at byte %2).</source>
        <translation>Le message n&apos;est pas du CBOR valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The message has %1 stray bytes after its CBOR map.</source>
        <translation>Le message contient %1 octets parasites après sa map CBOR.</translation>
    </message>
    <message>
        <source>The message is not a CBOR map.</source>
        <translation>Le message n&apos;est pas une map CBOR.</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>une map</translation>
    </message>
    <message>
        <source>an error code</source>
        <translation>un code d&apos;erreur</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a byte offset</source>
        <translation>un décalage en octets</translation>
    </message>
    <message>
        <source>a byte string</source>
        <translation>une chaîne d&apos;octets</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a request id (0 to 4294967295)</source>
        <translation>un identifiant de requête (0 à 4294967295)</translation>
    </message>
    <message>
        <source>a non-zero request id</source>
        <translation>un identifiant de requête non nul</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>a known frame type</source>
        <translation>un type de trame connu</translation>
    </message>
    <message>
        <source>hello needs &quot;versions&quot;: a non-empty list of protocol versions.</source>
        <translation>hello nécessite « versions » : une liste non vide de versions du protocole.</translation>
    </message>
    <message>
        <source>hello &quot;versions&quot; must hold integers only.</source>
        <translation>hello : « versions » ne doit contenir que des entiers.</translation>
    </message>
    <message>
        <source>The agent&apos;s hello reply lacks version, agentVersion or capabilities. Update fleetdeck-agent on the node.</source>
        <translation>Il manque version, agentVersion ou capabilities dans la réponse hello de l&apos;agent. Mettez à jour fleetdeck-agent sur le nœud.</translation>
    </message>
    <message>
        <source>The agent&apos;s node facts are not a map with a hostname. Update fleetdeck-agent on the node.</source>
        <translation>Les faits du nœud envoyés par l&apos;agent ne sont pas une map avec un nom d&apos;hôte. Mettez à jour fleetdeck-agent sur le nœud.</translation>
    </message>
    <message>
        <source>The other end closed the channel.</source>
        <translation>L&apos;autre extrémité a fermé le canal.</translation>
    </message>
    <message>
        <source>The connection to the agent is closed.</source>
        <translation>La connexion à l&apos;agent est fermée.</translation>
    </message>
    <message>
        <source>The agent chose protocol version %1, which this Fleetdeck does not speak. Install matching versions of Fleetdeck and fleetdeck-agent.</source>
        <translation>L&apos;agent a choisi la version de protocole %1, que cette version de Fleetdeck ne parle pas. Installez des versions correspondantes de Fleetdeck et de fleetdeck-agent.</translation>
    </message>
    <message>
        <source>The connection to the agent was closed.</source>
        <translation>La connexion à l&apos;agent a été fermée.</translation>
    </message>
    <message>
        <source>The agent&apos;s answer is not valid: %1</source>
        <translation>La réponse de l&apos;agent n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The agent sent a malformed message: %1</source>
        <translation>L&apos;agent a envoyé un message mal formé : %1</translation>
    </message>
    <message>
        <source>The control plane has no method &quot;%1&quot;.</source>
        <translation>Le plan de contrôle n&apos;a pas de méthode « %1 ».</translation>
    </message>
    <message>
        <source>The agent did not answer &quot;%1&quot; within %2 s.</source>
        <translation>L&apos;agent n&apos;a pas répondu à « %1 » en %2 s.</translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Transport</name>
    <message>
        <source>Keyword &quot;%1&quot; has no argument; give it a value or remove the line.</source>
        <translation>Le mot-clé « %1 » n&apos;a pas d&apos;argument ; donnez-lui une valeur ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Unknown keyword &quot;%1&quot;; check its spelling against ssh_config(5), or name it in IgnoreUnknown.</source>
        <translation>Mot-clé inconnu « %1 » ; vérifiez son orthographe dans ssh_config(5), ou ajoutez-le à IgnoreUnknown.</translation>
    </message>
    <message>
        <source>A quote is not closed; close it or remove it.</source>
        <translation>Un guillemet n&apos;est pas fermé ; fermez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; takes one argument but has %2; quote an argument that contains spaces.</source>
        <translation>Le mot-clé « %1 » attend un argument mais en a %2 ; mettez entre guillemets tout argument contenant des espaces.</translation>
    </message>
    <message>
        <source>Host has an empty pattern; remove it.</source>
        <translation>Host contient un motif vide ; supprimez-le.</translation>
    </message>
    <message>
        <source>Match all cannot be combined with other criteria.</source>
        <translation>Match all ne peut pas être combiné avec d&apos;autres critères.</translation>
    </message>
    <message>
        <source>Match %1 is not supported; that block is never applied.</source>
        <translation>Match %1 n&apos;est pas pris en charge ; ce bloc n&apos;est jamais appliqué.</translation>
    </message>
    <message>
        <source>Match %1 needs a pattern after it.</source>
        <translation>Match %1 doit être suivi d&apos;un motif.</translation>
    </message>
    <message>
        <source>Match exec is not supported (Fleetdeck runs no commands from ssh config); that block is never applied.</source>
        <translation>Match exec n&apos;est pas pris en charge (Fleetdeck n&apos;exécute aucune commande issue de la configuration ssh) ; ce bloc n&apos;est jamais appliqué.</translation>
    </message>
    <message>
        <source>Unsupported Match criterion &quot;%1&quot;; use all, host, originalhost, user or localuser.</source>
        <translation>Critère Match « %1 » non pris en charge ; utilisez all, host, originalhost, user ou localuser.</translation>
    </message>
    <message>
        <source>Include is nested more than %1 levels deep; an included file probably includes itself.</source>
        <translation>Include est imbriqué sur plus de %1 niveaux ; un fichier inclus s&apos;inclut probablement lui-même.</translation>
    </message>
    <message>
        <source>Cannot read included file %1: %2</source>
        <translation>Impossible de lire le fichier inclus %1 : %2</translation>
    </message>
    <message>
        <source>Bad owner or permissions on included file %1; make it yours and writable only by you (chmod 600), as ssh requires.</source>
        <translation>Propriétaire ou permissions incorrects pour le fichier inclus %1 ; il doit vous appartenir et n&apos;être accessible en écriture que par vous (chmod 600), comme l&apos;exige ssh.</translation>
    </message>
    <message>
        <source>Cannot read ssh config %1: %2. Check the path and its permissions.</source>
        <translation>Impossible de lire la configuration ssh %1 : %2. Vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>Bad port &quot;%1&quot;; use a number from 1 to 65535.</source>
        <translation>Port « %1 » incorrect ; utilisez un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>IdentitiesOnly must be yes or no, not &quot;%1&quot;.</source>
        <translation>IdentitiesOnly doit valoir yes ou no, et non « %1 ».</translation>
    </message>
    <message>
        <source>StrictHostKeyChecking must be yes, no, ask or accept-new, not &quot;%1&quot;.</source>
        <translation>StrictHostKeyChecking doit valoir yes, no, ask ou accept-new, et non « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time for %2; write seconds, or a time like 1m30s.</source>
        <translation>« %1 » n&apos;est pas une durée valide pour %2 ; indiquez des secondes, ou une durée comme 1m30s.</translation>
    </message>
    <message>
        <source>The agent command is empty. Set it to, for example, &quot;fleetdeck-agent rpc&quot;.</source>
        <translation>La commande de l&apos;agent est vide. Définissez-la par exemple sur « fleetdeck-agent rpc ».</translation>
    </message>
    <message>
        <source>Cannot run the agent command &quot;%1&quot;: %2. Install fleetdeck-agent there or correct the node&apos;s agent command.</source>
        <translation>Impossible d&apos;exécuter la commande de l&apos;agent « %1 » : %2. Installez fleetdeck-agent sur cette machine ou corrigez la commande de l&apos;agent du nœud.</translation>
    </message>
    <message>
        <source>The agent command &quot;%1&quot; crashed.</source>
        <translation>La commande de l&apos;agent « %1 » a planté.</translation>
    </message>
    <message>
        <source>The agent command &quot;%1&quot; exited with code %2.</source>
        <translation>La commande de l&apos;agent « %1 » s&apos;est terminée avec le code %2.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Message reçu : %1</translation>
    </message>
    <message>
        <source>The key is not valid base64.</source>
        <translation>La clé n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The key data is truncated.</source>
        <translation>Les données de la clé sont tronquées.</translation>
    </message>
    <message>
        <source>The key says it is of type &quot;%1&quot; but the line names &quot;%2&quot;.</source>
        <translation>La clé indique le type « %1 », mais la ligne indique « %2 ».</translation>
    </message>
    <message>
        <source>Unknown marker &quot;%1&quot;; only @revoked and @cert-authority exist. The line is ignored.</source>
        <translation>Marqueur inconnu « %1 » ; seuls @revoked et @cert-authority existent. La ligne est ignorée.</translation>
    </message>
    <message>
        <source>Expected hosts, key type and key; the line is ignored.</source>
        <translation>Hôtes, type de clé et clé attendus ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>Malformed hashed host name; the line is ignored.</source>
        <translation>Nom d&apos;hôte haché mal formé ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>The line is ignored.</source>
        <translation>La ligne est ignorée.</translation>
    </message>
    <message>
        <source>Cannot read the known hosts file: %1. Check its permissions.</source>
        <translation>Impossible de lire le fichier known_hosts : %1. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the known hosts file.</source>
        <translation>Impossible de créer le dossier du fichier known_hosts.</translation>
    </message>
    <message>
        <source>Cannot write the known hosts file: %1. Check its permissions.</source>
        <translation>Impossible d&apos;écrire le fichier known_hosts : %1. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Writing the known hosts file failed: %1.</source>
        <translation>L&apos;écriture du fichier known_hosts a échoué : %1.</translation>
    </message>
    <message>
        <source>The host key of %1 matches %2 (%3).</source>
        <translation>La clé d&apos;hôte de %1 correspond à %2 (%3).</translation>
    </message>
    <message>
        <source>The host %1 is not in %2. It offered the key %3. Confirm this fingerprint with the node&apos;s owner before accepting it.</source>
        <translation>L&apos;hôte %1 ne figure pas dans %2. Il a présenté la clé %3. Confirmez cette empreinte auprès du propriétaire du nœud avant de l&apos;accepter.</translation>
    </message>
    <message>
        <source>REFUSED: the host key of %1 has changed. %2 pins %3, but the host offered %4. Someone may be intercepting the connection, or the node was reinstalled. Check the new fingerprint with the node&apos;s owner; if it is right, remove the old entry with `%5` and connect again.</source>
        <translation>REFUSÉ : la clé d&apos;hôte de %1 a changé. %2 enregistre %3, mais l&apos;hôte a présenté %4. Quelqu&apos;un intercepte peut-être la connexion, ou le nœud a été réinstallé. Vérifiez la nouvelle empreinte auprès du propriétaire du nœud ; si elle est correcte, supprimez l&apos;ancienne entrée avec `%5` et reconnectez-vous.</translation>
    </message>
    <message>
        <source>REFUSED: the host %1 offered the key %2, which %3 marks as @revoked. Do not connect until the node&apos;s owner has replaced its host key.</source>
        <translation>REFUSÉ : l&apos;hôte %1 a présenté la clé %2, que %3 marque comme @revoked. Ne vous connectez pas tant que le propriétaire du nœud n&apos;a pas remplacé sa clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; (%2). Check the node&apos;s host name and your DNS.</source>
        <translation>Impossible de résoudre le nom d&apos;hôte « %1 » (%2). Vérifiez le nom d&apos;hôte du nœud et votre DNS.</translation>
    </message>
    <message>
        <source>Connection to %1 refused: no SSH server listens there. Check the port and that sshd runs on the node.</source>
        <translation>Connexion à %1 refusée : aucun serveur SSH n&apos;y écoute. Vérifiez le port et que sshd s&apos;exécute sur le nœud.</translation>
    </message>
    <message>
        <source>Host %1 is unreachable (%2). Check the network path to the node.</source>
        <translation>L&apos;hôte %1 est injoignable (%2). Vérifiez le chemin réseau vers le nœud.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Check that the node is up and reachable.</source>
        <translation>
            <numerusform>Aucune réponse de %1 en %n seconde. Vérifiez que le nœud est démarré et joignable.</numerusform>
            <numerusform>Aucune réponse de %1 en %n secondes. Vérifiez que le nœud est démarré et joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 sent no usable host key: %2</source>
        <translation>%1 n&apos;a envoyé aucune clé d&apos;hôte utilisable : %2</translation>
    </message>
    <message>
        <source>%1 refused to open a session channel: %2</source>
        <translation>%1 a refusé d&apos;ouvrir un canal de session : %2</translation>
    </message>
    <message>
        <source>%1 refused to run &quot;%2&quot;: %3</source>
        <translation>%1 a refusé d&apos;exécuter « %2 » : %3</translation>
    </message>
    <message>
        <source>Cannot set up an SSH session for %1: %2</source>
        <translation>Impossible d&apos;établir une session SSH pour %1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot create a channel: %2</source>
        <translation>%1 : impossible de créer un canal : %2</translation>
    </message>
    <message>
        <source>%1 does not accept public-key authentication, the only kind Fleetdeck uses. Allow PubkeyAuthentication in the node&apos;s sshd_config.</source>
        <translation>%1 n&apos;accepte pas l&apos;authentification par clé publique, la seule méthode utilisée par Fleetdeck. Autorisez PubkeyAuthentication dans le sshd_config du nœud.</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>%1 (no such file)</source>
        <translation>%1 (fichier inexistant)</translation>
    </message>
    <message>
        <source>%1 (not accepted)</source>
        <translation>%1 (non accepté)</translation>
    </message>
    <message>
        <source>%1 (cannot be read or decrypted)</source>
        <translation>%1 (illisible ou impossible à déchiffrer)</translation>
    </message>
    <message>
        <source>no key: no ssh-agent and no identity file found</source>
        <translation>aucune clé : ni ssh-agent ni fichier d&apos;identité trouvé</translation>
    </message>
    <message>
        <source>%1 refused authentication. Tried: %2. Add one of your public keys to the node&apos;s authorized_keys, or set the node&apos;s identity file.</source>
        <translation>%1 a refusé l&apos;authentification. Essayé : %2. Ajoutez l&apos;une de vos clés publiques au fichier authorized_keys du nœud, ou définissez le fichier d&apos;identité du nœud.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during authentication: %2</source>
        <translation>La connexion à %1 a été interrompue pendant l&apos;authentification : %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>L&apos;envoi vers %1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering: nothing received for %n second(s). The node or the network path to it is down.</source>
        <translation>
            <numerusform>%1 ne répond plus : rien reçu depuis %n seconde. Le nœud ou le chemin réseau qui y mène est hors service.</numerusform>
            <numerusform>%1 ne répond plus : rien reçu depuis %n secondes. Le nœud ou le chemin réseau qui y mène est hors service.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote command exited with status %1.</source>
        <translation>La commande distante s&apos;est terminée avec le statut %1.</translation>
    </message>
    <message>
        <source>Jump host %1 (hop %2 of %3): %4</source>
        <translation>Hôte de rebond %1 (saut %2 sur %3) : %4</translation>
    </message>
    <message>
        <source>ProxyJump hop &quot;%1&quot; is not valid: %2 Write [user@]host[:port] or ssh://[user@]host[:port], hops separated by commas.</source>
        <translation>Le saut ProxyJump « %1 » n&apos;est pas valide : %2 Écrivez [user@]host[:port] ou ssh://[user@]host[:port], en séparant les sauts par des virgules.</translation>
    </message>
    <message>
        <source>the user before @ is empty.</source>
        <translation>l&apos;utilisateur avant @ est vide.</translation>
    </message>
    <message>
        <source>a [ is not closed.</source>
        <translation>un [ n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>only :port may follow ].</source>
        <translation>seul :port peut suivre ].</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, e.g. [::1]:22.</source>
        <translation>une adresse IPv6 doit être écrite entre crochets, p. ex. [::1]:22.</translation>
    </message>
    <message>
        <source>the host is empty.</source>
        <translation>l&apos;hôte est vide.</translation>
    </message>
    <message>
        <source>it contains a space.</source>
        <translation>il contient un espace.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The ssh config gives %1 a ProxyCommand, which Fleetdeck does not run (it runs no commands from ssh config). Use ProxyJump to reach it through a jump host instead.</source>
        <translation>La configuration ssh attribue à %1 une ProxyCommand, que Fleetdeck n&apos;exécute pas (il n&apos;exécute aucune commande issue de la configuration ssh). Utilisez plutôt ProxyJump pour le joindre via un hôte de rebond.</translation>
    </message>
    <message>
        <source>ProxyJump of %1: %2</source>
        <translation>ProxyJump de %1 : %2</translation>
    </message>
    <message>
        <source>The jump hosts of %1 lead to more than %2 hops; the ssh config&apos;s ProxyJump lines probably form a loop.</source>
        <translation>Les hôtes de rebond de %1 mènent à plus de %2 sauts ; les lignes ProxyJump de la configuration ssh forment probablement une boucle.</translation>
    </message>
    <message>
        <source>%1 is behind more than %2 jump hosts; shorten its ProxyJump chain.</source>
        <translation>%1 se trouve derrière plus de %2 hôtes de rebond ; raccourcissez sa chaîne ProxyJump.</translation>
    </message>
    <message>
        <source>Jump host %1 could not open a connection to %2: %3. Check that %2 is reachable from the jump host and that its sshd allows TCP forwarding there (AllowTcpForwarding, PermitOpen).</source>
        <translation>L&apos;hôte de rebond %1 n&apos;a pas pu ouvrir de connexion vers %2 : %3. Vérifiez que %2 est joignable depuis l&apos;hôte de rebond et que le sshd de celui-ci autorise la redirection TCP (AllowTcpForwarding, PermitOpen).</translation>
    </message>
    <message>
        <source>Cannot relay through jump host %1: %2</source>
        <translation>Impossible de relayer via l&apos;hôte de rebond %1 : %2</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>hôte de rebond %1 : %2</translation>
    </message>
    <message>
        <source>the connection to it was lost (%1).</source>
        <translation>la connexion avec celui-ci a été perdue (%1).</translation>
    </message>
    <message numerus="yes">
        <source>it stopped answering: nothing received for %n second(s).</source>
        <translation>
            <numerusform>il ne répond plus : rien reçu depuis %n seconde.</numerusform>
            <numerusform>il ne répond plus : rien reçu depuis %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is reached through the jump host(s) %1, which may be the one down.</source>
        <translation>Il est joint via le ou les hôtes de rebond %1, dont l&apos;un est peut-être hors service.</translation>
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
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Déploiements progressifs</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Basculement</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Model versions you have imported, with their hashes, signatures and local validation results, and where each version is deployed.</source>
        <translation>Les versions de modèle que vous avez importées, avec leurs empreintes, signatures et résultats de validation locale, et où chaque version est déployée.</translation>
    </message>
    <message>
        <source>Gated rollouts of a model version in waves, with bake times, metric gates, stop rules, and the reason for every decision.</source>
        <translation>Déploiements progressifs contrôlés d&apos;une version de modèle par vagues, avec temps d&apos;observation, seuils de métriques, règles d&apos;arrêt et la raison de chaque décision.</translation>
    </message>
    <message>
        <source>Failover groups: which member serves each service, the standbys in order, and a button to fail over by hand.</source>
        <translation>Groupes de basculement : quel membre assure chaque service, les membres de secours dans l&apos;ordre, et un bouton pour basculer manuellement.</translation>
    </message>
    <message>
        <source>Configuration files pushed to nodes, their versions, a diff against what each node runs, and rollback.</source>
        <translation>Fichiers de configuration poussés vers les nœuds, leurs versions, un diff par rapport à ce que chaque nœud exécute, et le retour arrière.</translation>
    </message>
    <message>
        <source>CSV exports of the inventory, deployments, rollouts, failovers, validations, metrics and audit log, and a PDF operational report.</source>
        <translation>Exports CSV de l&apos;inventaire, des déploiements, des déploiements progressifs, des basculements, des validations, des métriques et du journal d&apos;audit, et un rapport d&apos;exploitation PDF.</translation>
    </message>
    <message>
        <source>About Fleetdeck</source>
        <translation>À propos de Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck %1
A control plane for hybrid edge/cloud AI inference fleets.</source>
        <translation>Fleetdeck %1
Un plan de contrôle pour les flottes hybrides edge/cloud d&apos;inférence IA.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cannot open the inventory: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Demo fleet: %n node(s) added</source>
        <translation>
            <numerusform>Flotte de démonstration : %n nœud ajouté</numerusform>
            <numerusform>Flotte de démonstration : %n nœuds ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the demo fleet: %1</source>
        <translation>Impossible de créer la flotte de démonstration : %1</translation>
    </message>
    <message>
        <source>No inventory open</source>
        <translation>Aucun inventaire ouvert</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventaire : %1</translation>
    </message>
    <message>
        <source>%1 — Fleetdeck</source>
        <translation>%1 — Fleetdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import nodes…</source>
        <translation>&amp;Importer des nœuds…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>À &amp;propos de Fleetdeck</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>identity file</source>
        <translation>fichier d&apos;identité</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>agent command</source>
        <translation>commande de l&apos;agent</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>modifie %1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>This page is not built yet. It shows nothing until the feature exists.</source>
        <translation>Cette page n&apos;est pas encore réalisée. Elle n&apos;affiche rien tant que la fonctionnalité n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a node to the inventory</source>
        <translation>Ajouter un nœud à l&apos;inventaire</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected node</source>
        <translation>Modifier le nœud sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected nodes from the inventory</source>
        <translation>Supprimer les nœuds sélectionnés de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import nodes from an ssh_config file, an Ansible inventory or a CSV file</source>
        <translation>Importer des nœuds depuis un fichier ssh_config, un inventaire Ansible ou un fichier CSV</translation>
    </message>
    <message>
        <source>Filter by name, host, site or label</source>
        <translation>Filtrer par nom, hôte, site ou étiquette</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
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
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Edge nodes</source>
        <translation>Nœuds edge</translation>
    </message>
    <message>
        <source>Cloud nodes</source>
        <translation>Nœuds cloud</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Show all nodes</source>
        <translation>Afficher tous les nœuds</translation>
    </message>
    <message>
        <source>Show edge nodes only</source>
        <translation>Afficher uniquement les nœuds edge</translation>
    </message>
    <message>
        <source>Show cloud nodes only</source>
        <translation>Afficher uniquement les nœuds cloud</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Filtrer par site</translation>
    </message>
    <message>
        <source>The inventory has no nodes yet. Add one, or import your ~/.ssh/config, an Ansible inventory or a CSV file.</source>
        <translation>L&apos;inventaire ne contient encore aucun nœud. Ajoutez-en un, ou importez votre ~/.ssh/config, un inventaire Ansible ou un fichier CSV.</translation>
    </message>
    <message>
        <source>Could not read the nodes: %1</source>
        <translation>Impossible de lire les nœuds : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n node(s)</source>
        <translation>
            <numerusform>Affichage : %1 sur %n nœud</numerusform>
            <numerusform>Affichage : %1 sur %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Added node %1</source>
        <translation>Nœud %1 ajouté</translation>
    </message>
    <message>
        <source>Updated node %1</source>
        <translation>Nœud %1 mis à jour</translation>
    </message>
    <message>
        <source>Remove node %1 from the inventory? Its history stays in the audit log.</source>
        <translation>Supprimer le nœud %1 de l&apos;inventaire ? Son historique reste dans le journal d&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n node(s) from the inventory? Their history stays in the audit log.</source>
        <translation>
            <numerusform>Supprimer %n nœud de l&apos;inventaire ? Son historique reste dans le journal d&apos;audit.</numerusform>
            <numerusform>Supprimer %n nœuds de l&apos;inventaire ? Leur historique reste dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove nodes</source>
        <translation>Supprimer des nœuds</translation>
    </message>
    <message>
        <source>Removed node %1</source>
        <translation>Nœud %1 supprimé</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>Could not verify the audit log: %1</source>
        <translation>Impossible de vérifier le journal d&apos;audit : %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>La chaîne d&apos;audit est intacte : %n ligne vérifiée.</numerusform>
            <numerusform>La chaîne d&apos;audit est intacte : %n lignes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2. Rows from there on cannot be trusted; restore the inventory from a backup.</source>
        <translation>La chaîne d&apos;audit est rompue à la ligne %1 : %2. Les lignes à partir de celle-ci ne sont pas fiables ; restaurez l&apos;inventaire à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Check that no audit row was changed or deleted</source>
        <translation>Vérifier qu&apos;aucune ligne d&apos;audit n&apos;a été modifiée ni supprimée</translation>
    </message>
    <message>
        <source>Open or create an inventory</source>
        <translation>Ouvrir ou créer un inventaire</translation>
    </message>
    <message>
        <source>Fleetdeck inventory (*.sqlite *.db);;All files (*)</source>
        <translation>Inventaire Fleetdeck (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>The inventory file (SQLite) that holds nodes and the audit log:</source>
        <translation>Le fichier d&apos;inventaire (SQLite) qui contient les nœuds et le journal d&apos;audit :</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Utiliser la valeur par défaut</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Labels, line %1: “%2” is not key=value. Write one label per line, for example gpu=a100.</source>
        <translation>Étiquettes, ligne %1 : « %2 » n&apos;est pas de la forme key=value. Saisissez une étiquette par ligne, par exemple gpu=a100.</translation>
    </message>
    <message>
        <source>Labels, line %1: the key “%2” appears twice.</source>
        <translation>Étiquettes, ligne %1 : la clé « %2 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>A node named “%1” is already in the inventory. Choose another name, or edit that node.</source>
        <translation>Un nœud nommé « %1 » existe déjà dans l&apos;inventaire. Choisissez un autre nom ou modifiez ce nœud.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The inventory refused the node: %1</source>
        <translation>L&apos;inventaire a refusé le nœud : %1</translation>
    </message>
    <message>
        <source>Choose an SSH private key</source>
        <translation>Choisir une clé privée SSH</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Modifier le nœud %1</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Ajouter un nœud</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Fichier d&apos;identité :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Agent command:</source>
        <translation>&amp;Commande de l&apos;agent :</translation>
    </message>
    <message>
        <source>e.g. edge-berlin-01</source>
        <translation>p. ex. edge-berlin-01</translation>
    </message>
    <message>
        <source>DNS name or IP address</source>
        <translation>Nom DNS ou adresse IP</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your user name</source>
        <translation>depuis ~/.ssh/config, sinon votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>path to a private key (never the key itself)</source>
        <translation>chemin vers une clé privée (jamais la clé elle-même)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>one key=value per line, e.g. gpu=a100</source>
        <translation>une paire key=value par ligne, p. ex. gpu=a100</translation>
    </message>
    <message>
        <source>default: fleetdeck-agent rpc</source>
        <translation>par défaut : fleetdeck-agent rpc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import nodes</source>
        <translation>Importer des nœuds</translation>
    </message>
    <message>
        <source>Node sources (config *.conf *.ini *.yml *.yaml *.csv *.txt);;All files (*)</source>
        <translation>Sources de nœuds (config *.conf *.ini *.yml *.yaml *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot import: %1
Nothing was written. Fix the file, or choose another format.</source>
        <translation>Import impossible : %1
Rien n&apos;a été écrit. Corrigez le fichier ou choisissez un autre format.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged, %4 skipped.</source>
        <translation>%1 à ajouter, %2 à mettre à jour, %3 inchangé(s), %4 ignoré(s).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>L&apos;import a échoué et rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged, %5 skipped</source>
        <translation>Importé depuis %1 : %2 ajouté(s), %3 mis à jour, %4 inchangé(s), %5 ignoré(s)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>SSH config (~/.ssh/config)</source>
        <translation>Configuration SSH (~/.ssh/config)</translation>
    </message>
    <message>
        <source>Ansible inventory (INI or YAML)</source>
        <translation>Inventaire Ansible (INI ou YAML)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>The passphrase of %1 was not kept in the system keychain: %2</source>
        <translation>La phrase secrète de %1 n&apos;a pas été conservée dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Not connected. Use Connect to open a session to this node&apos;s agent.</source>
        <translation>Non connecté. Utilisez « Connecter » pour ouvrir une session avec l&apos;agent de ce nœud.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnected</source>
        <translation>reconnecté</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>clé d&apos;hôte refusée</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Open a session to the selected nodes&apos; agents (%1)</source>
        <translation>Ouvrir une session avec les agents des nœuds sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Close the sessions of the selected nodes (%1)</source>
        <translation>Fermer les sessions des nœuds sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Connect all</source>
        <translation>Tout connecter</translation>
    </message>
    <message>
        <source>Open a session to every node not connected yet (%1)</source>
        <translation>Ouvrir une session avec chaque nœud pas encore connecté (%1)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Host key of %1 accepted: connecting</source>
        <translation>Clé d&apos;hôte de %1 acceptée : connexion en cours</translation>
    </message>
    <message>
        <source>Host key of %1 rejected: the node stays refused</source>
        <translation>Clé d&apos;hôte de %1 rejetée : le nœud reste refusé</translation>
    </message>
    <message>
        <source>Online: %1, degraded: %2, unreachable: %3, host key refused: %4, connecting: %5</source>
        <translation>En ligne : %1, dégradés : %2, injoignables : %3, clé d&apos;hôte refusée : %4, connexion en cours : %5</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)…</source>
        <translation>
            <numerusform>Connexion à %n nœud…</numerusform>
            <numerusform>Connexion à %n nœuds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n node(s)</source>
        <translation>
            <numerusform>Déconnexion de %n nœud</numerusform>
            <numerusform>Déconnexion de %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the connection events: %1</source>
        <translation>Impossible de lire les événements de connexion : %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Filter by node</source>
        <translation>Filtrer par nœud</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a tolerance; give a number of 0 or more, like 1e-3.</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas une tolérance valide ; indiquez un nombre supérieur ou égal à 0, comme 1e-3.</translation>
    </message>
    <message>
        <source>Could not read the model versions: %1</source>
        <translation>Impossible de lire les versions de modèle : %1</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>Choisir un modèle ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>Modèles ONNX (*.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a test data folder</source>
        <translation>Choisir un dossier de données de test</translation>
    </message>
    <message>
        <source>Choose a model version, or a file. &apos;fleetdeck-cli models import&apos; adds versions to the inventory.</source>
        <translation>Choisissez une version de modèle ou un fichier. &apos;fleetdeck-cli models import&apos; ajoute des versions à l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Choose a model file to validate.</source>
        <translation>Choisissez un fichier de modèle à valider.</translation>
    </message>
    <message>
        <source>%1 is not a file; choose an ONNX model file.</source>
        <translation>%1 n&apos;est pas un fichier ; choisissez un fichier de modèle ONNX.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder; give a test_data_set folder or a folder of them, or leave it empty.</source>
        <translation>Le dossier de données %1 n&apos;est pas un dossier ; indiquez un dossier test_data_set ou un dossier qui en contient, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The data folder %1 holds no test_data_set_N folder and no input_0.pb; give a test_data_set folder or a folder of them.</source>
        <translation>Le dossier de données %1 ne contient ni dossier test_data_set_N ni fichier input_0.pb ; indiquez un dossier test_data_set ou un dossier qui en contient.</translation>
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
        <translation>La valeur p99 max. &apos;%1&apos; n&apos;est pas une latence valide ; indiquez un nombre de millisecondes supérieur à 0, comme 12.5, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Max memory &apos;%1&apos; is not a size; give bytes or a size like 512M or 2G, or leave it empty.</source>
        <translation>La mémoire max. &apos;%1&apos; n&apos;est pas une taille valide ; indiquez un nombre d&apos;octets ou une taille comme 512M ou 2G, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>Validation de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation>Validation annulée</translation>
    </message>
    <message>
        <source>Validation finished: %1</source>
        <translation>Validation terminée : %1</translation>
    </message>
    <message>
        <source>The verdict could not be stored: %1</source>
        <translation>Le verdict n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Could not read earlier verdicts: %1</source>
        <translation>Impossible de lire les verdicts précédents : %1</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No model versions imported</source>
        <translation>Aucune version de modèle importée</translation>
    </message>
    <message>
        <source>An ONNX model file</source>
        <translation>Un fichier de modèle ONNX</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Optional: golden test_data_set folders</source>
        <translation>Facultatif : dossiers test_data_set de référence</translation>
    </message>
    <message>
        <source>Empty: the test_data_set_N folders beside the model; without any, the model runs on seeded generated inputs.</source>
        <translation>Vide : les dossiers test_data_set_N situés à côté du modèle ; s&apos;il n&apos;y en a aucun, le modèle s&apos;exécute sur des entrées générées à partir d&apos;une graine.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
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
        <translation>Un GPU si un moteur et un périphérique CUDA sont disponibles, sinon le moteur de référence CPU</translation>
    </message>
    <message>
        <source>The CPU reference engine</source>
        <translation>Le moteur de référence CPU</translation>
    </message>
    <message>
        <source>rtol / atol</source>
        <translation>rtol / atol</translation>
    </message>
    <message>
        <source>Relative tolerance: |actual − expected| ≤ atol + rtol·|expected|</source>
        <translation>Tolérance relative : |actual − expected| ≤ atol + rtol·|expected|</translation>
    </message>
    <message>
        <source>Absolute tolerance: |actual − expected| ≤ atol + rtol·|expected|</source>
        <translation>Tolérance absolue : |actual − expected| ≤ atol + rtol·|expected|</translation>
    </message>
    <message>
        <source>Timed runs</source>
        <translation>Exécutions chronométrées</translation>
    </message>
    <message>
        <source>Runs timed after the warm-up, for the latency percentiles</source>
        <translation>Exécutions chronométrées après le préchauffage, pour les percentiles de latence</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Max p99 (ms)</source>
        <translation>p99 max. (ms)</translation>
    </message>
    <message>
        <source>Max memory (512M, 2G)</source>
        <translation>Mémoire max. (512M, 2G)</translation>
    </message>
    <message>
        <source>Peak memory of the device that runs the model. With the device set to CPU it is host memory; otherwise it means GPU memory, and a CPU run cannot meet it.</source>
        <translation>Mémoire maximale utilisée par le périphérique qui exécute le modèle. Avec le périphérique CPU, il s&apos;agit de la mémoire de l&apos;hôte ; sinon, il s&apos;agit de la mémoire GPU, et une exécution sur CPU ne peut pas respecter ce budget.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Earlier verdicts of this version</source>
        <translation>Verdicts précédents de cette version</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing was stored.</source>
        <translation>L&apos;exécution a été annulée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Every output is within the tolerance (rtol %1, atol %2).</source>
        <translation>Toutes les sorties respectent la tolérance (rtol %1, atol %2).</translation>
    </message>
    <message>
        <source>No golden outputs were found, so the model ran on seeded inputs: no output holds NaN or Inf.</source>
        <translation>Aucune sortie de référence n&apos;a été trouvée ; le modèle s&apos;est donc exécuté sur des entrées générées à partir d&apos;une graine : aucune sortie ne contient de NaN ni d&apos;Inf.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outputs differ from the golden outputs beyond the tolerance, or hold NaN or Inf; the table below names them.</source>
        <translation>Des sorties diffèrent des sorties de référence au-delà de la tolérance, ou contiennent des NaN ou des Inf ; le tableau ci-dessous les indique.</translation>
    </message>
    <message>
        <source>Cannot validate</source>
        <translation>Validation impossible</translation>
    </message>
    <message>
        <source>Unsupported ops:</source>
        <translation>Opérateurs non pris en charge :</translation>
    </message>
    <message numerus="yes">
        <source>p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms (%n timed run(s) at batch %5)</source>
        <translation>
            <numerusform>p50 %1 ms · p90 %2 ms · p99 %3 ms · max. %4 ms (%n exécution chronométrée, taille de lot %5)</numerusform>
            <numerusform>p50 %1 ms · p90 %2 ms · p99 %3 ms · max. %4 ms (%n exécutions chronométrées, taille de lot %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak memory %1 (the engine&apos;s live tensors)</source>
        <translation>Mémoire maximale : %1 (tenseurs actifs du moteur)</translation>
    </message>
    <message>
        <source>Peak memory %1 (growth of the process&apos;s peak resident set)</source>
        <translation>Mémoire maximale : %1 (augmentation du pic de mémoire résidente du processus)</translation>
    </message>
    <message>
        <source>Peak memory not measured</source>
        <translation>Mémoire maximale non mesurée</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>exécution impossible</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Inferences/s</source>
        <translation>Inférences/s</translation>
    </message>
    <message>
        <source>Mean latency (ms)</source>
        <translation>Latence moyenne (ms)</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>%1 of %2 values outside the tolerance</source>
        <translation>%1 valeurs sur %2 hors tolérance</translation>
    </message>
    <message>
        <source>atol %1 or rtol %2</source>
        <translation>atol %1 ou rtol %2</translation>
    </message>
    <message>
        <source>Failed: other data type</source>
        <translation>Échec : type de données différent</translation>
    </message>
    <message>
        <source>Failed: other shape</source>
        <translation>Échec : forme différente</translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n value(s) off</source>
        <translation>
            <numerusform>Échec : %n valeur hors tolérance</numerusform>
            <numerusform>Échec : %n valeurs hors tolérance</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: NaN or Inf</source>
        <translation>Échec : NaN ou Inf</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Max abs error</source>
        <translation>Erreur abs. max.</translation>
    </message>
    <message>
        <source>Max rel error</source>
        <translation>Erreur rel. max.</translation>
    </message>
    <message>
        <source>Tolerance needed</source>
        <translation>Tolérance nécessaire</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>rtol %1, atol %2</source>
        <translation>rtol %1, atol %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>The stored artifact of %1 is damaged: its SHA-256 is %2, not the %3 recorded at import. Import the model file again under a new version.</source>
        <translation>L&apos;artefact enregistré de %1 est endommagé : son SHA-256 est %2, et non %3 comme enregistré lors de l&apos;import. Importez à nouveau le fichier de modèle sous une nouvelle version.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Latency (ms, lower edge of each bin)</source>
        <translation>Latence (ms, borne inférieure de chaque intervalle)</translation>
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
        <translation>Clé d&apos;hôte de %1</translation>
    </message>
    <message>
        <source>Accept and connect</source>
        <translation>Accepter et se connecter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The authenticity of host %1 (node %2) cannot be established.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It offers this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare the fingerprint with the one the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the host&apos;s public key). If you accept, the key is written to &lt;tt&gt;%5&lt;/tt&gt; and later connections must present the same key.&lt;/p&gt;&lt;p&gt;Do you trust this key and want to connect?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L&apos;authenticité de l&apos;hôte %1 (nœud %2) ne peut pas être établie.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Il présente cette clé %3 :&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Comparez l&apos;empreinte avec celle que vous communique l&apos;administrateur de l&apos;hôte (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; sur la clé publique de l&apos;hôte). Si vous acceptez, la clé est écrite dans &lt;tt&gt;%5&lt;/tt&gt; et les connexions ultérieures devront présenter la même clé.&lt;/p&gt;&lt;p&gt;Faites-vous confiance à cette clé et voulez-vous vous connecter ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The host key of %1 (node %2) is not known.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It offered this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Connect to the node again to be asked whether to trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La clé d&apos;hôte de %1 (nœud %2) n&apos;est pas connue.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;L&apos;hôte a présenté cette clé %3 :&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Reconnectez-vous au nœud pour qu&apos;il vous soit demandé si vous faites confiance à cette clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WARNING: the host key of %1 (node %2) has CHANGED.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone could be eavesdropping on you (a man-in-the-middle attack), or the host was reinstalled. Fleetdeck refuses to connect.&lt;/p&gt;&lt;p&gt;Pinned in &lt;tt&gt;%3&lt;/tt&gt;:%4&lt;/p&gt;&lt;p&gt;Offered now (%5):&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;If the host&apos;s administrator confirms the new key, remove the old line with the command below and connect again; you will then be asked to confirm the new key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AVERTISSEMENT : la clé d&apos;hôte de %1 (nœud %2) a CHANGÉ.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quelqu&apos;un pourrait vous espionner (attaque de l&apos;homme du milieu), ou l&apos;hôte a été réinstallé. Fleetdeck refuse de se connecter.&lt;/p&gt;&lt;p&gt;Épinglée dans &lt;tt&gt;%3&lt;/tt&gt; :%4&lt;/p&gt;&lt;p&gt;Présentée maintenant (%5) :&lt;br&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Si l&apos;administrateur de l&apos;hôte confirme la nouvelle clé, supprimez l&apos;ancienne ligne avec la commande ci-dessous et reconnectez-vous ; il vous sera alors demandé de confirmer la nouvelle clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Phrase de passe de la clé SSH</translation>
    </message>
    <message>
        <source>Enter the passphrase of this SSH key to connect.</source>
        <translation>Saisissez la phrase de passe de cette clé SSH pour vous connecter.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it did not decrypt the key. Try again (attempt %1).</source>
        <translation>Phrase de passe incorrecte : elle n&apos;a pas permis de déchiffrer la clé. Réessayez (tentative %1).</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keychain no longer decrypts this key. Enter the current one.</source>
        <translation>La phrase de passe conservée dans le trousseau du système ne permet plus de déchiffrer cette clé. Saisissez la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the passphrase is kept in memory only until Fleetdeck quits.</source>
        <translation>Aucun trousseau système n&apos;est disponible ; la phrase de passe est donc conservée en mémoire uniquement, jusqu&apos;à la fermeture de Fleetdeck.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Select a node to see its connection and facts.</source>
        <translation>Sélectionnez un nœud pour afficher sa connexion et ses faits.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>Not connected. Connect to read this node&apos;s agent version and facts.</source>
        <translation>Non connecté. Connectez-vous pour lire la version de l&apos;agent et les faits de ce nœud.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>local process</source>
        <translation>processus local</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Agent command</source>
        <translation>Commande de l&apos;agent</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Version du protocole</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Pinned key</source>
        <translation>Clé épinglée</translation>
    </message>
    <message>
        <source>Review host key…</source>
        <translation>Examiner la clé d&apos;hôte…</translation>
    </message>
    <message>
        <source>How to fix…</source>
        <translation>Comment corriger…</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
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
        <translation>Noyau</translation>
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
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Disque %1</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3, %4)</source>
        <translation>%1 libres sur %2 (%3, %4)</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1, %2, driver %3</source>
        <translation>%1, %2, pilote %3</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>aucun (%1)</translation>
    </message>
    <message>
        <source>Facts (last known)</source>
        <translation>Faits (derniers connus)</translation>
    </message>
    <message>
        <source>Checking for the CUDA engine and a GPU…</source>
        <translation>Recherche du moteur CUDA et d&apos;un GPU…</translation>
    </message>
    <message>
        <source>The CUDA engine on %1</source>
        <translation>Le moteur CUDA sur %1</translation>
    </message>
    <message>
        <source>The CUDA engine on %1 (driver %2)</source>
        <translation>Le moteur CUDA sur %1 (pilote %2)</translation>
    </message>
    <message>
        <source>Unavailable: %1. Validate on the CPU, or on a machine with an NVIDIA GPU and the CUDA engine plugin.</source>
        <translation>Indisponible : %1. Validez sur le CPU, ou sur une machine disposant d&apos;un GPU NVIDIA et du plugin de moteur CUDA.</translation>
    </message>
    <message>
        <source>CUDA is unavailable: %1</source>
        <translation>CUDA est indisponible : %1</translation>
    </message>
    <message>
        <source>Allow TF32 on the GPU</source>
        <translation>Autoriser TF32 sur le GPU</translation>
    </message>
    <message>
        <source>Float32 matrix products on tensor cores with about 10 mantissa bits instead of 23: faster, less exact. Unless you change rtol or atol, the outputs are then held to the GPU profile&apos;s tolerances (rtol 1e-2, atol 1e-3), and the result says so.</source>
        <translation>Produits matriciels float32 sur les cœurs Tensor avec environ 10 bits de mantisse au lieu de 23 : plus rapide, moins précis. Sauf si vous modifiez rtol ou atol, les sorties sont alors soumises aux tolérances du profil GPU (rtol 1e-2, atol 1e-3), et le résultat le signale.</translation>
    </message>
    <message>
        <source>On seeded inputs every output is within the tolerance (rtol %1, atol %2) of the CPU reference engine&apos;s, and none holds NaN or Inf.</source>
        <translation>Sur des entrées générées à partir d&apos;une graine, chaque sortie reste dans la tolérance (rtol %1, atol %2) par rapport à celles du moteur de référence CPU, et aucune ne contient de NaN ni d&apos;Inf.</translation>
    </message>
    <message>
        <source>Engine: %1 on %2</source>
        <translation>Moteur : %1 sur %2</translation>
    </message>
    <message>
        <source>Engine: %1 on %2, driver %3</source>
        <translation>Moteur : %1 sur %2, pilote %3</translation>
    </message>
    <message>
        <source>TF32 was allowed in float32 matrix products.</source>
        <translation>TF32 était autorisé dans les produits matriciels float32.</translation>
    </message>
    <message numerus="yes">
        <source>Device: %1, %n thread(s)</source>
        <translation>
            <numerusform>Périphérique : %1, %n thread</numerusform>
            <numerusform>Périphérique : %1, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleetdeck::Validation</name>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (nœud %2)</translation>
    </message>
    <message>
        <source>The file does not exist. Check the path.</source>
        <translation>Le fichier n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it is a regular file and its permissions.</source>
        <translation>Le fichier ne peut pas être lu. Vérifiez qu&apos;il s&apos;agit d&apos;un fichier ordinaire et contrôlez ses permissions.</translation>
    </message>
    <message>
        <source>The file is %1 bytes, more than the %2 bytes a model file may have. Store large weights as external data.</source>
        <translation>Le fichier fait %1 octets, soit plus que les %2 octets autorisés pour un fichier de modèle. Stockez les poids volumineux comme données externes.</translation>
    </message>
    <message>
        <source>This is not an ONNX file, or it is truncated. Export the model again.</source>
        <translation>Ce n&apos;est pas un fichier ONNX, ou il est tronqué. Exportez de nouveau le modèle.</translation>
    </message>
    <message>
        <source>The ONNX checker rejects the model: %1. Fix the exporter or the model.</source>
        <translation>Le vérificateur ONNX rejette le modèle : %1. Corrigez l&apos;exportateur ou le modèle.</translation>
    </message>
    <message>
        <source>Shape inference fails: %1. The model&apos;s shapes or types are inconsistent.</source>
        <translation>L&apos;inférence de formes échoue : %1. Les formes ou les types du modèle sont incohérents.</translation>
    </message>
    <message>
        <source>The model uses opset %1; this version reads opsets up to %2. Export with an older opset.</source>
        <translation>Le modèle utilise l&apos;opset %1 ; cette version lit les opsets jusqu&apos;à %2. Exportez avec un opset plus ancien.</translation>
    </message>
    <message>
        <source>The model has IR version %1; versions 3 to %2 are supported.</source>
        <translation>Le modèle a la version IR %1 ; les versions 3 à %2 sont prises en charge.</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; declares a size beyond the limit of %2 bytes (%3); the file is damaged or hostile.</source>
        <translation>Le tenseur &apos;%1&apos; déclare une taille supérieure à la limite de %2 octets (%3) ; le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; holds %2 values or bytes where its shape needs %3; the file is damaged.</source>
        <translation>Le tenseur &apos;%1&apos; contient %2 valeurs ou octets alors que sa forme en exige %3 ; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The external data of tensor &apos;%1&apos; is missing: %2. Copy the data file next to the model.</source>
        <translation>Les données externes du tenseur &apos;%1&apos; sont manquantes : %2. Copiez le fichier de données à côté du modèle.</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; points outside the model&apos;s folder for its data (%2); this is refused.</source>
        <translation>Le tenseur &apos;%1&apos; pointe hors du dossier du modèle pour ses données (%2) ; ceci est refusé.</translation>
    </message>
    <message>
        <source>The external data of tensor &apos;%1&apos; does not fit in %2 (offset %3, %4 bytes needed).</source>
        <translation>Les données externes du tenseur &apos;%1&apos; ne tiennent pas dans %2 (décalage %3, %4 octets nécessaires).</translation>
    </message>
    <message>
        <source>Tensor &apos;%1&apos; has a data type this engine cannot hold (%2).</source>
        <translation>Le tenseur &apos;%1&apos; a un type de données que ce moteur ne peut pas prendre en charge (%2).</translation>
    </message>
    <message>
        <source>The model uses ops this engine cannot run: %1.</source>
        <translation>Le modèle utilise des opérateurs que ce moteur ne peut pas exécuter : %1.</translation>
    </message>
    <message>
        <source>The graph is invalid near %1: value &apos;%2&apos; (%3).</source>
        <translation>Le graphe est invalide près de %1 : valeur &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <source>The model has %1 inputs but the data provides %2.</source>
        <translation>Le modèle a %1 entrées mais les données en fournissent %2.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; has the wrong type: %2.</source>
        <translation>L&apos;entrée &apos;%1&apos; a un type incorrect : %2.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; has the wrong shape: %2.</source>
        <translation>L&apos;entrée &apos;%1&apos; a une forme incorrecte : %2.</translation>
    </message>
    <message>
        <source>The model has %1 outputs but the data provides %2.</source>
        <translation>Le modèle a %1 sorties mais les données en fournissent %2.</translation>
    </message>
    <message>
        <source>%1 cannot compute its inputs: %2.</source>
        <translation>%1 ne peut pas calculer ses entrées : %2.</translation>
    </message>
    <message>
        <source>%1 would need more than %2 bytes for one tensor (%3).</source>
        <translation>%1 nécessiterait plus de %2 octets pour un seul tenseur (%3).</translation>
    </message>
    <message>
        <source>The engine was not given a model.</source>
        <translation>Aucun modèle n&apos;a été fourni au moteur.</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>non implémenté</translation>
    </message>
    <message>
        <source>custom domain %1</source>
        <translation>domaine personnalisé %1</translation>
    </message>
    <message>
        <source>old definition %1</source>
        <translation>ancienne définition %1</translation>
    </message>
    <message>
        <source>data type: %1</source>
        <translation>type de données : %1</translation>
    </message>
    <message>
        <source>attribute: %1</source>
        <translation>attribut : %1</translation>
    </message>
    <message>
        <source>unsupported form: %1</source>
        <translation>forme non prise en charge : %1</translation>
    </message>
    <message>
        <source>control flow (sub-graph in %1)</source>
        <translation>flux de contrôle (sous-graphe dans %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s) (%2): %3</source>
        <translation>
            <numerusform>%1 : %n nœud (%2) : %3</numerusform>
            <numerusform>%1 : %n nœuds (%2) : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: input %2 holds %n NaN or infinite value(s); outputs may be NaN too.</source>
        <translation>
            <numerusform>%1 : l&apos;entrée %2 contient %n valeur NaN ou infinie ; les sorties peuvent aussi être NaN.</numerusform>
            <numerusform>%1 : l&apos;entrée %2 contient %n valeurs NaN ou infinies ; les sorties peuvent aussi être NaN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model cannot be validated: the CPU engine does not support %n node(s).</source>
        <translation>
            <numerusform>Le modèle ne peut pas être validé : le moteur CPU ne prend pas en charge %n nœud.</numerusform>
            <numerusform>Le modèle ne peut pas être validé : le moteur CPU ne prend pas en charge %n nœuds.</numerusform>
        </translation>
    </message>
    <message>
        <source>seeded inputs</source>
        <translation>entrées générées à partir d&apos;une graine</translation>
    </message>
    <message>
        <source>The ONNX library crashed while checking the model (%1). The file is malformed in a way the library cannot handle; export the model again.</source>
        <translation>La bibliothèque ONNX a planté lors de la vérification du modèle (%1). Le fichier est mal formé d&apos;une manière que la bibliothèque ne peut pas gérer ; exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>Checking the model took longer than %1 s and was stopped. The file may be malformed (for example, sizes that make shape inference explode); export it again.</source>
        <translation>La vérification du modèle a duré plus de %1 s et a été interrompue. Le fichier est peut-être mal formé (par exemple, des tailles qui font exploser l&apos;inférence de formes) ; exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>The model checker %1 cannot be started: %2. Reinstall Fleetdeck.</source>
        <translation>Le vérificateur de modèle %1 ne peut pas être démarré : %2. Réinstallez Fleetdeck.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 inférences/s</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>latence p99</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>mémoire maximale</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>Timings are unstable: the coefficient of variation is %1%, above %2%. Something else may be using this machine; run again for figures to rely on.</source>
        <translation>Les mesures de temps sont instables : le coefficient de variation est de %1%, au-dessus de %2%. Un autre processus utilise peut-être cette machine ; relancez l&apos;exécution pour obtenir des valeurs fiables.</translation>
    </message>
    <message>
        <source>Batch %1 could not run: %2</source>
        <translation>Impossible d&apos;exécuter avec la taille de lot %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 stopped after %n run(s): it reached the time limit for one batch size.</source>
        <translation>
            <numerusform>Taille de lot %1 arrêtée après %n exécution : la limite de temps par taille de lot a été atteinte.</numerusform>
            <numerusform>Taille de lot %1 arrêtée après %n exécutions : la limite de temps par taille de lot a été atteinte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 sur %2</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1: loading and checking the model</source>
        <translation>%1 : chargement et vérification du modèle</translation>
    </message>
    <message>
        <source>%1: running %2</source>
        <translation>%1 : exécution de %2</translation>
    </message>
    <message>
        <source>%1: warming up at batch %2, run %3 of %4</source>
        <translation>%1 : préchauffage avec la taille de lot %2, exécution %3 sur %4</translation>
    </message>
    <message>
        <source>%1: timing batch %2, run %3 of %4</source>
        <translation>%1 : chronométrage avec la taille de lot %2, exécution %3 sur %4</translation>
    </message>
    <message>
        <source>The %1 of %2 is within the budget of %3.</source>
        <translation>Mesure de %1 : %2, dans les limites du budget de %3.</translation>
    </message>
    <message>
        <source>The %1 of %2 is below the required %3.</source>
        <translation>Mesure de %1 : %2, en dessous du minimum requis de %3.</translation>
    </message>
    <message>
        <source>The %1 of %2 exceeds the budget of %3.</source>
        <translation>Mesure de %1 : %2, au-delà du budget de %3.</translation>
    </message>
    <message>
        <source>The %1 was not measured, so the budget of %2 cannot be shown to hold.</source>
        <translation>Aucune mesure de %1 : le respect du budget de %2 ne peut donc pas être établi.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: the model has no inputs.</source>
        <translation>Le débit n&apos;a été mesuré qu&apos;avec une seule taille de lot : le modèle n&apos;a aucune entrée.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: input &apos;%1&apos; declares no shape.</source>
        <translation>Le débit n&apos;a été mesuré qu&apos;avec une seule taille de lot : l&apos;entrée &apos;%1&apos; ne déclare aucune forme.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: input &apos;%1&apos; is a scalar.</source>
        <translation>Le débit n&apos;a été mesuré qu&apos;avec une seule taille de lot : l&apos;entrée &apos;%1&apos; est un scalaire.</translation>
    </message>
    <message>
        <source>Throughput was measured at one batch size only: input &apos;%1&apos; fixes its first dimension to %2.</source>
        <translation>Le débit n&apos;a été mesuré qu&apos;avec une seule taille de lot : l&apos;entrée &apos;%1&apos; fixe sa première dimension à %2.</translation>
    </message>
    <message>
        <source>A memory budget means GPU memory, and the model ran on the CPU; choose the CPU explicitly (--device cpu) to hold the CPU engine&apos;s memory to it.</source>
        <translation>Un budget de mémoire porte sur la mémoire GPU, et le modèle s&apos;est exécuté sur le CPU ; choisissez explicitement le CPU (--device cpu) pour appliquer ce budget à la mémoire du moteur CPU.</translation>
    </message>
    <message>
        <source>the CUDA engine plugin is not installed (looked in: %1)</source>
        <translation>le plugin de moteur CUDA n&apos;est pas installé (recherché dans : %1)</translation>
    </message>
    <message>
        <source>the CUDA engine plugin %1 cannot be loaded (%2); install the CUDA runtime and cuBLAS it needs, or the Fleetdeck CUDA engine package again</source>
        <translation>le plugin de moteur CUDA %1 ne peut pas être chargé (%2) ; installez le runtime CUDA et cuBLAS dont il a besoin, ou réinstallez le paquet du moteur CUDA de Fleetdeck</translation>
    </message>
    <message>
        <source>%1 is not a Fleetdeck engine plugin: it has no %2</source>
        <translation>%1 n&apos;est pas un plugin de moteur Fleetdeck : il lui manque %2</translation>
    </message>
    <message>
        <source>%1 was built for another Fleetdeck (ABI %2, this is %3); install the CUDA engine package of this version</source>
        <translation>%1 a été compilé pour une autre version de Fleetdeck (ABI %2, celle-ci utilise %3) ; installez le paquet du moteur CUDA de cette version</translation>
    </message>
    <message>
        <source>engine plugins cannot be loaded on this platform yet</source>
        <translation>les plugins de moteur ne peuvent pas encore être chargés sur cette plateforme</translation>
    </message>
    <message>
        <source>The model cannot be validated on a GPU here: %1. Validate on the CPU, or on a machine with an NVIDIA GPU and the CUDA engine plugin.</source>
        <translation>Le modèle ne peut pas être validé sur un GPU ici : %1. Validez sur le CPU, ou sur une machine disposant d&apos;un GPU NVIDIA et du plugin de moteur CUDA.</translation>
    </message>
    <message>
        <source>No GPU was used: %1. The CPU reference engine ran the model.</source>
        <translation>Aucun GPU n&apos;a été utilisé : %1. Le moteur de référence CPU a exécuté le modèle.</translation>
    </message>
    <message>
        <source>TF32 was allowed on the GPU, so the outputs were held to the GPU profile&apos;s tolerances, rtol %1 and atol %2, instead of rtol %3 and atol %4. Set the tolerances to hold them to others.</source>
        <translation>TF32 était autorisé sur le GPU, les sorties ont donc été soumises aux tolérances du profil GPU, rtol %1 et atol %2, au lieu de rtol %3 et atol %4. Définissez les tolérances pour en appliquer d&apos;autres.</translation>
    </message>
    <message numerus="yes">
        <source>The outputs were not compared with the CPU reference engine: it cannot run %n node(s) of the model (%1).</source>
        <translation>
            <numerusform>Les sorties n&apos;ont pas été comparées avec le moteur de référence CPU : il ne peut pas exécuter %n nœud du modèle (%1).</numerusform>
            <numerusform>Les sorties n&apos;ont pas été comparées avec le moteur de référence CPU : il ne peut pas exécuter %n nœuds du modèle (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The outputs were not compared with the CPU reference engine: %1</source>
        <translation>Les sorties n&apos;ont pas été comparées avec le moteur de référence CPU : %1</translation>
    </message>
    <message numerus="yes">
        <source>No GPU was used: the %1 engine cannot run %n node(s) of this model (%2). The CPU reference engine ran the model.</source>
        <translation>
            <numerusform>Aucun GPU n&apos;a été utilisé : le moteur %1 ne peut pas exécuter %n nœud de ce modèle (%2). Le moteur de référence CPU a exécuté le modèle.</numerusform>
            <numerusform>Aucun GPU n&apos;a été utilisé : le moteur %1 ne peut pas exécuter %n nœuds de ce modèle (%2). Le moteur de référence CPU a exécuté le modèle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model cannot be validated on the GPU: the %1 engine does not support %n node(s).</source>
        <translation>
            <numerusform>Le modèle ne peut pas être validé sur le GPU : le moteur %1 ne prend pas en charge %n nœud.</numerusform>
            <numerusform>Le modèle ne peut pas être validé sur le GPU : le moteur %1 ne prend pas en charge %n nœuds.</numerusform>
        </translation>
    </message>
</context>
</TS>
