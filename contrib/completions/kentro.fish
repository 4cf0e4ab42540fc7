# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kentro_global_optspecs
    string join \n db= lang= desk= demo keymap= theme= ascii h/help V/version
end

function __fish_kentro_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kentro_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kentro_using_subcommand
    set -l cmd (__fish_kentro_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kentro -n "__fish_kentro_needs_command" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_needs_command" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_needs_command" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_needs_command" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_needs_command" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_needs_command" -l demo -d 'Open the interface on a fresh database of sample data in a temporary directory'
complete -c kentro -n "__fish_kentro_needs_command" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_needs_command" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_needs_command" -s V -l version -d 'Print version'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "init" -d 'Create a new database (the only command that does): single-user, or --shared (as root) owned by the system account `kentro` in its own 0700 directory'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "seed" -d 'Fill the database with synthetic people and two years of their visits, tickets, referrals and appointments (the same seed gives the same data)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "import" -d 'Import beneficiaries from a CSV file (all rows or none, unless --skip-invalid)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "export" -d 'Export data as CSV'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "search" -d 'Find people, as the lookup screen does'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "check" -d 'Check the database\'s integrity and schema version'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "doctor" -d 'Check the installation: the database\'s files, owners and modes, the set-user-id install, this session\'s umask, locale and terminal, the file system, free space, schema, search keys, encryption; each problem with the command that fixes it'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "keys" -d 'Print the active key bindings (the chosen map with the user\'s overrides)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "directory" -d 'The service directory as Open Referral HSDS 3.0 (CSV tables or JSON)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "referrals" -d 'Referrals to internal services and outside bodies'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "backup" -d 'Write a consistent copy of the database while others go on working'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "restore" -d 'Replace the database with a checked backup (only while no desk has it open)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "queue" -d 'Today\'s queue: service lines, new tickets, calling the next one'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "display" -d 'The waiting-room board: the last called tickets and their desks, full screen'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "appointments" -d 'Appointments: book, list, cancel, check in, free slots, reminders, hours'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "distribution" -d 'Goods distribution: programmes and their monthly lists'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "staff" -d 'Operators: who may use kentro, with which role (administrators only)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "audit" -d 'Who looked at or changed what (administrators)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "erase" -d 'Erasure of a person\'s data (administrators)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "retention" -d 'People with no activity for YEARS years (default: the centre\'s setting), for review before erasure (administrators)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "notes" -d 'Case notes (social workers and administrators)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "consent" -d 'A person\'s consent'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "report" -d 'Period reports (a month for the municipality: --month), anonymous aggregates for an observatory (--aggregate) and their merge (report merge FILE...)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "esf" -d 'ESF monitoring: intake facts, entries and exits, indicators, participant records'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "reindex" -d 'Rebuilds the search keys after the name-key rules changed (the package\'s upgrade step), in short transactions while desks keep working'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "completions" -d 'Shell completions (bash, zsh or fish) on standard output, e.g. `kentro completions bash > /etc/bash_completion.d/kentro`'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "man" -d 'The manual page (roff) on standard output, for packaging'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "encrypt" -d 'Encrypts a plain database in place with the configured key (builds with the `encryption` feature; administrators; stop the desks first)'
complete -c kentro -n "__fish_kentro_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand init" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand init" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand init" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand init" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand init" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand init" -l shared -d 'A shared server: run as root; creates the system account `kentro`, its 2700 directory and the database owned by it, and names it in /etc/kentro/config.toml'
complete -c kentro -n "__fish_kentro_using_subcommand init" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand init" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l count -d 'How many people to add' -r
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l seed -d 'Seed for the generator: the same seed gives the same people' -r
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l people-only -d 'Only people: no tickets, visits, referrals or appointments'
complete -c kentro -n "__fish_kentro_using_subcommand seed" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand seed" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand import" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand import" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand import" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand import" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand import" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand import" -l skip-invalid -d 'Import the good rows and report the bad ones (default: import nothing if any row is bad)'
complete -c kentro -n "__fish_kentro_using_subcommand import" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand import" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "people" -d 'Every person, in the columns `kentro import` reads (plus `id` first), so the file imports back (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "beneficiaries" -d 'Every person, in the columns `kentro import` reads (plus `id` first), so the file imports back (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "households" -d 'Households: label, address, members, notes (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "visits" -d 'Visits: person, day, service line, reason and note (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "tickets" -d 'Queue tickets: day, number, line, person, state, times, wait (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "referrals" -d 'Referrals: person, destination, state, follow-up; another organisation\'s reason and notes only with the person\'s consent to share (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "services" -d 'The centre\'s service lines (anyone: no personal data)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "appointments" -d 'Appointments: line, person or name, time, staff, room, state (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "activities" -d 'Group activities: line, name, places, term, schedule (anyone: no personal data)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "enrolments" -d 'Enrolment in activities and their waiting lists (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "attendance" -d 'Attendance at each session of an activity (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "handouts" -d 'Goods handed out, one row per category of a hand-out (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "person" -d 'Everything held about one person (the right of access), as JSON and as text, into DIR/person-ID.json and DIR/person-ID.txt (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and not __fish_seen_subcommand_from people beneficiaries households visits tickets referrals services appointments activities enrolments attendance handouts person help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from people" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from beneficiaries" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from households" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from visits" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from tickets" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from referrals" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from appointments" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from activities" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from enrolments" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from attendance" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l out -d 'Output file (default: standard output; an xlsx workbook needs one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l format -d 'csv (default) or xlsx: a workbook, identifiers as text cells' -r -f -a "csv\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l excel -d 'What Greek Excel opens by double-click: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, identifiers and phones as text (="...")'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from handouts" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l out -d 'Directory to write into (default: the current one)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l break-glass -d 'Include other organisations\' case notes shared without consent, for this reason (recorded)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from person" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "people" -d 'Every person, in the columns `kentro import` reads (plus `id` first), so the file imports back (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "households" -d 'Households: label, address, members, notes (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "visits" -d 'Visits: person, day, service line, reason and note (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "tickets" -d 'Queue tickets: day, number, line, person, state, times, wait (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "referrals" -d 'Referrals: person, destination, state, follow-up; another organisation\'s reason and notes only with the person\'s consent to share (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "services" -d 'The centre\'s service lines (anyone: no personal data)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "appointments" -d 'Appointments: line, person or name, time, staff, room, state (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "activities" -d 'Group activities: line, name, places, term, schedule (anyone: no personal data)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "enrolments" -d 'Enrolment in activities and their waiting lists (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "attendance" -d 'Attendance at each session of an activity (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "handouts" -d 'Goods handed out, one row per category of a hand-out (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "person" -d 'Everything held about one person (the right of access), as JSON and as text, into DIR/person-ID.json and DIR/person-ID.txt (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand search" -l limit -d 'At most this many results' -r
complete -c kentro -n "__fish_kentro_using_subcommand search" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand search" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand search" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand search" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand search" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand search" -l json -d 'Print a JSON array, best match first'
complete -c kentro -n "__fish_kentro_using_subcommand search" -l reveal -d 'Print whole identifiers in the JSON (roles that may; recorded in the audit log)'
complete -c kentro -n "__fish_kentro_using_subcommand search" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand search" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand check" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand check" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand check" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand check" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand check" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand check" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand check" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l json -d 'One JSON object: {"ok": bool, "checks": [{"check", "status", "detail", "fix"}]}'
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l json -d 'One JSON array: context, key, action, hint, help_el, help_en per binding'
complete -c kentro -n "__fish_kentro_using_subcommand keys" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand keys" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -f -a "import" -d 'Read an Open Referral HSDS 3.0 directory: a folder of CSV tables (services.csv, organizations.csv, ...), a folder with services.json / organizations.json, or one JSON file. Every row is checked first; nothing is imported if one is bad'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -f -a "export" -d 'Write the directory into DIR as HSDS 3.0: CSV tables and datapackage.json, or with --format json the service and organisation packages'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -f -a "centre" -d 'Show this centre\'s own details (what its referral slips and packets say it is), or set those given: name, address, phone, e-mail, opening hours, website'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and not __fish_seen_subcommand_from import export centre help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l format -d 'csv: CSV tables and datapackage.json; json: the service and organisation packages' -r -f -a "csv\t''
json\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l name -d 'The centre\'s name, as its slips and packets give it' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l address -d 'Street and number ("Αχαρνών 100")' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l postal-code -d 'Postal code' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l city -d 'Town or city' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l phone -d 'Phone number' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l email -d 'E-mail address' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l hours -d 'Opening hours as written ("Δευ–Παρ 09:00–17:00")' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l website -d 'Website address' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from centre" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read an Open Referral HSDS 3.0 directory: a folder of CSV tables (services.csv, organizations.csv, ...), a folder with services.json / organizations.json, or one JSON file. Every row is checked first; nothing is imported if one is bad'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the directory into DIR as HSDS 3.0: CSV tables and datapackage.json, or with --format json the service and organisation packages'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "centre" -d 'Show this centre\'s own details (what its referral slips and packets say it is), or set those given: name, address, phone, e-mail, opening hours, website'
complete -c kentro -n "__fish_kentro_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "list" -d 'List referrals: open ones first, overdue follow-ups first among them'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "add" -d 'Refer a person to a service (its code or HSDS id); prints the referral\'s id'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "set" -d 'Record the answer to a referral: accepted, completed or declined'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "export" -d 'Write a signed packet: for a referral to another centre, the referral (only what the person consented to share); for one received, its answer'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "slip" -d 'A referral\'s slip: to the desk\'s printer when `print_command` is set, else (or with --screen) on standard output. Anyone who may see the referral may print it'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "import" -d 'Read a packet from another centre: a referral (the person is matched against this centre\'s people first) or the answer to one of ours'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and not __fish_seen_subcommand_from list add set export slip import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l open -d 'Only referrals still waiting for an answer (sent or accepted)'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l person -d 'The person\'s number (as `kentro search` prints it)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l service -d 'The service: its code, or its Open Referral (HSDS) id' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l reason -d 'Why the person is referred' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l urgency -d 'routine, soon or urgent' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l consent -d 'Record the person\'s consent to share with that service now'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l reason -d 'The reason given with the answer (why it was declined, say)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l out -d 'The packet file to write' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l screen -d 'Show it here even when a printer is configured'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from slip" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "list" -d 'List referrals: open ones first, overdue follow-ups first among them'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "add" -d 'Refer a person to a service (its code or HSDS id); prints the referral\'s id'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record the answer to a referral: accepted, completed or declined'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a signed packet: for a referral to another centre, the referral (only what the person consented to share); for one received, its answer'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "slip" -d 'A referral\'s slip: to the desk\'s printer when `print_command` is set, else (or with --screen) on standard output. Anyone who may see the referral may print it'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read a packet from another centre: a referral (the person is matched against this centre\'s people first) or the answer to one of ours'
complete -c kentro -n "__fish_kentro_using_subcommand referrals; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l keep-daily -d 'With a directory: keep the newest backup of each of the last N days that have one' -r
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l keep-weekly -d 'With a directory: keep the newest backup of each of the last M weeks that have one' -r
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand backup" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand backup" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l yes -d 'Do not ask for confirmation'
complete -c kentro -n "__fish_kentro_using_subcommand restore" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand restore" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "services" -d 'The service lines: code, ticket prefix, name'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "add" -d 'A new ticket; prints its number'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "call" -d 'Claims the next waiting ticket for a desk; prints its number (exit status 3 when nobody is waiting)'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "call-loop" -d 'Claims up to COUNT tickets in a loop, printing number and µs (benchmarks)'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "list" -d 'Today\'s tickets: number, state, service, minutes waited, desk, priority flags'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "close-day" -d 'End of day: every ticket still waiting is closed as not seen'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and not __fish_seen_subcommand_from services add call call-loop list close-day help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l service -d 'The service line\'s code (see `kentro queue services`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l priority -d 'A priority flag (unaccompanied-minor, disability, pregnancy, elderly, violence-victim, single-parent, ...); repeat for several' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l note -d 'A short triage note' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l label -d 'A first name or short description of the person' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l urgent -d 'Urgent need: called before everyone else'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l print -d 'Also print the ticket on the desk\'s printer (`print_command`)'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l service -d 'Only this service line' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l count -d 'How many tickets to claim' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from call-loop" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from close-day" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "services" -d 'The service lines: code, ticket prefix, name'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "add" -d 'A new ticket; prints its number'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "call" -d 'Claims the next waiting ticket for a desk; prints its number (exit status 3 when nobody is waiting)'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "call-loop" -d 'Claims up to COUNT tickets in a loop, printing number and µs (benchmarks)'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "list" -d 'Today\'s tickets: number, state, service, minutes waited, desk, priority flags'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "close-day" -d 'End of day: every ticket still waiting is closed as not seen'
complete -c kentro -n "__fish_kentro_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand display" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand display" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand display" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand display" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand display" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand display" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand display" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "book" -d 'Book an appointment; prints its id. A refused booking exits non-zero with the reason and the first free slots'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "list" -d 'Appointments of a day (default today): id, time, length, service, state, person id'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "cancel" -d 'Cancel a booked appointment'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "check-in" -d 'The person has come: prints the ticket number'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "no-show" -d 'The person did not come (only once the time has passed)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "free" -d 'The first free slots of a service'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "reminders" -d 'The next working day\'s booked appointments with names and phones, for the reminder calls (this view is audited)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "remind" -d 'Mark that the reminder call was made'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "hours" -d 'Show a service\'s opening hours, or replace them with --set (repeatable): "mon-fri 09:00-17:00 30 1" = days, hours, slot minutes, places per slot'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "close" -d 'Close a day for the whole centre or one service (besides public holidays)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and not __fish_seen_subcommand_from book list cancel check-in no-show free reminders remind hours close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l service -d 'The service line\'s code (`kentro queue services`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l at -d '"YYYY-MM-DD HH:MM"' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l person -d 'A registered person\'s id' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l name -d 'The name of someone not yet registered' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l minutes -d 'Length in minutes (default: the service\'s slot length)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l phone -d 'A contact phone (for a name not yet registered)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l staff -d 'With whom: a member of staff\'s login' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l room -d 'The room' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l priority -d 'A priority flag carried to the ticket at check-in; repeat for several' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l interpreter -d 'The interpreter\'s language (ISO 639-3)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l note -d 'A short note' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l urgent -d 'Urgent: the ticket made at check-in is called before the others'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from book" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l date -d 'The first day (YYYY-MM-DD; default: today)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l days -d 'And the days after it' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l service -d 'Only this service line (its code)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it is cancelled' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from check-in" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from no-show" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l service -d 'The service line\'s code (see `kentro queue services`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l from -d 'From this time (default now)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l days -d 'How many days ahead to look' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l minutes -d 'Length in minutes (default: the service\'s slot length)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l person -d 'Leave out the times this person is already booked' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l limit -d 'At most this many slots' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from free" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l date -d 'The day (YYYY-MM-DD; default: the next working day)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from reminders" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from remind" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l service -d 'The service line\'s code (see `kentro queue services`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l set -d 'The new hours, one --set per group of days' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from hours" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l service -d 'Only this service line (default: the whole centre)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l name -d 'What the day is, as the calendar shows it ("Staff training")' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "book" -d 'Book an appointment; prints its id. A refused booking exits non-zero with the reason and the first free slots'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "list" -d 'Appointments of a day (default today): id, time, length, service, state, person id'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a booked appointment'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "check-in" -d 'The person has come: prints the ticket number'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "no-show" -d 'The person did not come (only once the time has passed)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "free" -d 'The first free slots of a service'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "reminders" -d 'The next working day\'s booked appointments with names and phones, for the reminder calls (this view is audited)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "remind" -d 'Mark that the reminder call was made'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "hours" -d 'Show a service\'s opening hours, or replace them with --set (repeatable): "mon-fri 09:00-17:00 30 1" = days, hours, slot minutes, places per slot'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a day for the whole centre or one service (besides public holidays)'
complete -c kentro -n "__fish_kentro_using_subcommand appointments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -f -a "programmes" -d 'The programmes: code, unit, period, over-allowance rule, name'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -f -a "list" -d 'A programme\'s hand-outs in one month, by household, as CSV (administrators; the export is audited)'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and not __fish_seen_subcommand_from programmes list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from programmes" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l programme -d 'The programme\'s code (see `kentro distribution programmes`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l month -d 'YYYY-MM' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l out -d 'Output file (default: standard output)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from help" -f -a "programmes" -d 'The programmes: code, unit, period, over-allowance rule, name'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from help" -f -a "list" -d 'A programme\'s hand-outs in one month, by household, as CSV (administrators; the export is audited)'
complete -c kentro -n "__fish_kentro_using_subcommand distribution; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -f -a "list" -d 'Every operator: login, role, organisation, desk, active, name'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -f -a "add" -d 'A new operator (their system login); the global --desk N is their usual desk'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -f -a "set" -d 'Changes an operator\'s role, name, organisation or usual desk (the global --desk N), or enables them again'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -f -a "disable" -d 'Stops an operator from opening kentro (their records stay)'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and not __fish_seen_subcommand_from list add set disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l role -d 'receptionist, social-worker, psychologist or admin' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l name -d 'The name shown to colleagues (default: the login)' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l organisation -d 'The organisation they work for, in a centre hosting several' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l role -d 'receptionist, social-worker, psychologist or admin' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l name -d 'The name shown to colleagues' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l organisation -d 'The organisation they work for, in a centre hosting several' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l active -d 'Lets a disabled operator in again'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every operator: login, role, organisation, desk, active, name'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "add" -d 'A new operator (their system login); the global --desk N is their usual desk'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "set" -d 'Changes an operator\'s role, name, organisation or usual desk (the global --desk N), or enables them again'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stops an operator from opening kentro (their records stay)'
complete -c kentro -n "__fish_kentro_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l person -d 'Only entries about this person' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l operator -d 'Only this operator\'s actions' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l action -d 'Only this action (view, reveal, create, update, erase, export, search, ...)' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l since -d 'From this day on (YYYY-MM-DD)' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l until -d 'Before this day (YYYY-MM-DD)' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l limit -d 'At most this many entries, newest first' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand audit" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand audit" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -f -a "person" -d 'Removes a person\'s personal data for good, keeping an anonymous remainder that reports count (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and not __fish_seen_subcommand_from person help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l yes -d 'Confirms the erasure (it cannot be undone)'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from person" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from help" -f -a "person" -d 'Removes a person\'s personal data for good, keeping an anonymous remainder that reports count (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand erase; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l years -d 'Years without activity (default: the centre\'s setting)' -r
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand retention" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand retention" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -f -a "list" -d 'A person\'s case notes that you may read, newest first'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -f -a "add" -d 'Writes a case note (social workers); it is never edited afterwards'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and not __fish_seen_subcommand_from list add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l break-glass -d 'Open other organisations\' notes shared without consent (administrators), for this reason (recorded)' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l json -d 'Print a JSON array'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l text -d 'The note\'s text' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l visit -d 'The visit it is about' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l corrects -d 'The note this one corrects' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l date -d 'The day it is about (YYYY-MM-DD; default today)' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from help" -f -a "list" -d 'A person\'s case notes that you may read, newest first'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from help" -f -a "add" -d 'Writes a case note (social workers); it is never edited afterwards'
complete -c kentro -n "__fish_kentro_using_subcommand notes; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -f -a "withdraw" -d 'Records that the person withdrew their consent (and every consent to share)'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and not __fish_seen_subcommand_from withdraw help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Records that the person withdrew their consent (and every consent to share)'
complete -c kentro -n "__fish_kentro_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l from -d 'First day (YYYY-MM-DD or DD/MM/YYYY; default: the first of this month)' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l to -d 'Last day, included (default: today)' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l month -d 'A calendar month instead of --from/--to' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l service -d 'Only this service line (its code, see `kentro queue services`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l format -d 'Output format' -r -f -a "md\t''
csv\t''
json\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l out -d 'Write to FILE (default: standard output; a workbook needs a file)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l exact -d 'Exact counts, small ones included: for use inside the centre only'
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l aggregate -d 'An anonymous aggregate (exact, additive counts, no row about a person) for an observatory to merge; needs --format json'
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -f -a "merge" -d 'Add several centres\' aggregates of the same period into one report, with small counts suppressed after adding'
complete -c kentro -n "__fish_kentro_using_subcommand report; and not __fish_seen_subcommand_from merge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l format -d 'Output format' -r -f -a "md\t''
csv\t''
json\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l out -d 'Write to FILE (default: standard output; a workbook needs a file)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Add several centres\' aggregates of the same period into one report, with small counts suppressed after adding'
complete -c kentro -n "__fish_kentro_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -f -a "facts" -d 'Records the ESF facts of a person (each optional; the person may decline)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -f -a "enter" -d 'A person enters an operation (default: today)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -f -a "exit" -d 'A person leaves an operation (default: today)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -f -a "indicators" -d 'The indicators of participants entering in the period, by gender'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -f -a "participants" -d 'Per-participant entry and exit records of an operation, as CSV'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and not __fish_seen_subcommand_from facts enter exit indicators participants help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l unemployed-since -d 'Start of the current spell of unemployment (empty: not known)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l housing -d 'secure, roofless, houseless, insecure or inadequate (ETHOS)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l area -d 'city, town or rural (degree of urbanisation)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l born-abroad -d 'yes, no or unknown' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l parent-born-abroad -d 'yes, no or unknown' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l minority -d 'Belongs to a minority: yes, no or unknown (declined)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from facts" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l operation -d 'The operation\'s code' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l on -d 'The day (YYYY-MM-DD; default: today)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from enter" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l operation -d 'The operation\'s code' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l on -d 'The day (YYYY-MM-DD; default: today)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l reason -d 'Why the person left the operation' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from exit" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l from -d 'First day of the period (YYYY-MM-DD)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l to -d 'Last day of the period, included (YYYY-MM-DD)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l operation -d 'One operation (default: the whole centre, entry = first visit)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l set -d '2021 (ESF+ 2021–2027) or 2014 (ESF 2014–2020)' -r -f -a "2021\t'ESF+ 2021–2027, Regulation (EU) 2021/1057, Annex I'
2014\t'ESF 2014–2020, Regulation (EU) No 1304/2013, Annex I'"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l format -d 'Output format' -r -f -a "md\t''
csv\t''
json\t''
xlsx\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l out -d 'Write to FILE (default: standard output; a workbook needs a file)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l exact -d 'Exact counts, small ones included: inside the centre only'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from indicators" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l operation -d 'The operation\'s code' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l from -d 'First day of the period (YYYY-MM-DD)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l to -d 'Last day of the period, included (YYYY-MM-DD)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l set -d '2021 (ESF+ 2021–2027) or 2014 (ESF 2014–2020)' -r -f -a "2021\t'ESF+ 2021–2027, Regulation (EU) 2021/1057, Annex I'
2014\t'ESF 2014–2020, Regulation (EU) No 1304/2013, Annex I'"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l out -d 'Write to FILE (default: standard output; a workbook needs a file)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from participants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from help" -f -a "facts" -d 'Records the ESF facts of a person (each optional; the person may decline)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from help" -f -a "enter" -d 'A person enters an operation (default: today)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from help" -f -a "exit" -d 'A person leaves an operation (default: today)'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from help" -f -a "indicators" -d 'The indicators of participants entering in the period, by gender'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from help" -f -a "participants" -d 'Per-participant entry and exit records of an operation, as CSV'
complete -c kentro -n "__fish_kentro_using_subcommand esf; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l force -d 'Rebuild even if the keys are current'
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand reindex" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand completions" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand completions" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand completions" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand completions" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand completions" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand completions" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand man" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand man" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand man" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand man" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand man" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand man" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand man" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -l db -d 'Database file (else KENTRO_DB, else the config file, else the user\'s data directory)' -r -F
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -l lang -d 'Interface language' -r -f -a "el\t''
en\t''"
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -l desk -d 'This desk\'s number (shown to people called from the queue; the desk that `queue call` calls to, the usual desk of `staff add`/`staff set`)' -r
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -l keymap -d 'Key bindings: a built-in map (default, vim) or a keymap file' -r
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -l theme -d 'Colours: default (16 colours), high-contrast or mono. NO_COLOR always means mono' -r -f -a "default\t''
high-contrast\t''
mono\t''"
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -l ascii -d 'Draw borders with + - | for consoles without box-drawing characters'
complete -c kentro -n "__fish_kentro_using_subcommand encrypt" -s h -l help -d 'Print help'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "init" -d 'Create a new database (the only command that does): single-user, or --shared (as root) owned by the system account `kentro` in its own 0700 directory'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "seed" -d 'Fill the database with synthetic people and two years of their visits, tickets, referrals and appointments (the same seed gives the same data)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "import" -d 'Import beneficiaries from a CSV file (all rows or none, unless --skip-invalid)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "export" -d 'Export data as CSV'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "search" -d 'Find people, as the lookup screen does'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "check" -d 'Check the database\'s integrity and schema version'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "doctor" -d 'Check the installation: the database\'s files, owners and modes, the set-user-id install, this session\'s umask, locale and terminal, the file system, free space, schema, search keys, encryption; each problem with the command that fixes it'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "keys" -d 'Print the active key bindings (the chosen map with the user\'s overrides)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "directory" -d 'The service directory as Open Referral HSDS 3.0 (CSV tables or JSON)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "referrals" -d 'Referrals to internal services and outside bodies'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "backup" -d 'Write a consistent copy of the database while others go on working'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "restore" -d 'Replace the database with a checked backup (only while no desk has it open)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "queue" -d 'Today\'s queue: service lines, new tickets, calling the next one'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "display" -d 'The waiting-room board: the last called tickets and their desks, full screen'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "appointments" -d 'Appointments: book, list, cancel, check in, free slots, reminders, hours'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "distribution" -d 'Goods distribution: programmes and their monthly lists'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "staff" -d 'Operators: who may use kentro, with which role (administrators only)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "audit" -d 'Who looked at or changed what (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "erase" -d 'Erasure of a person\'s data (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "retention" -d 'People with no activity for YEARS years (default: the centre\'s setting), for review before erasure (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "notes" -d 'Case notes (social workers and administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "consent" -d 'A person\'s consent'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "report" -d 'Period reports (a month for the municipality: --month), anonymous aggregates for an observatory (--aggregate) and their merge (report merge FILE...)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "esf" -d 'ESF monitoring: intake facts, entries and exits, indicators, participant records'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "reindex" -d 'Rebuilds the search keys after the name-key rules changed (the package\'s upgrade step), in short transactions while desks keep working'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "completions" -d 'Shell completions (bash, zsh or fish) on standard output, e.g. `kentro completions bash > /etc/bash_completion.d/kentro`'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "man" -d 'The manual page (roff) on standard output, for packaging'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "encrypt" -d 'Encrypts a plain database in place with the configured key (builds with the `encryption` feature; administrators; stop the desks first)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and not __fish_seen_subcommand_from init seed import export search check doctor keys directory referrals backup restore queue display appointments distribution staff audit erase retention notes consent report esf reindex completions man encrypt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "people" -d 'Every person, in the columns `kentro import` reads (plus `id` first), so the file imports back (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "households" -d 'Households: label, address, members, notes (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "visits" -d 'Visits: person, day, service line, reason and note (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "tickets" -d 'Queue tickets: day, number, line, person, state, times, wait (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "referrals" -d 'Referrals: person, destination, state, follow-up; another organisation\'s reason and notes only with the person\'s consent to share (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "services" -d 'The centre\'s service lines (anyone: no personal data)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "appointments" -d 'Appointments: line, person or name, time, staff, room, state (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "activities" -d 'Group activities: line, name, places, term, schedule (anyone: no personal data)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "enrolments" -d 'Enrolment in activities and their waiting lists (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "attendance" -d 'Attendance at each session of an activity (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "handouts" -d 'Goods handed out, one row per category of a hand-out (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "person" -d 'Everything held about one person (the right of access), as JSON and as text, into DIR/person-ID.json and DIR/person-ID.txt (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "import" -d 'Read an Open Referral HSDS 3.0 directory: a folder of CSV tables (services.csv, organizations.csv, ...), a folder with services.json / organizations.json, or one JSON file. Every row is checked first; nothing is imported if one is bad'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "export" -d 'Write the directory into DIR as HSDS 3.0: CSV tables and datapackage.json, or with --format json the service and organisation packages'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "centre" -d 'Show this centre\'s own details (what its referral slips and packets say it is), or set those given: name, address, phone, e-mail, opening hours, website'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from referrals" -f -a "list" -d 'List referrals: open ones first, overdue follow-ups first among them'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from referrals" -f -a "add" -d 'Refer a person to a service (its code or HSDS id); prints the referral\'s id'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from referrals" -f -a "set" -d 'Record the answer to a referral: accepted, completed or declined'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from referrals" -f -a "export" -d 'Write a signed packet: for a referral to another centre, the referral (only what the person consented to share); for one received, its answer'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from referrals" -f -a "slip" -d 'A referral\'s slip: to the desk\'s printer when `print_command` is set, else (or with --screen) on standard output. Anyone who may see the referral may print it'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from referrals" -f -a "import" -d 'Read a packet from another centre: a referral (the person is matched against this centre\'s people first) or the answer to one of ours'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "services" -d 'The service lines: code, ticket prefix, name'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "add" -d 'A new ticket; prints its number'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "call" -d 'Claims the next waiting ticket for a desk; prints its number (exit status 3 when nobody is waiting)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "call-loop" -d 'Claims up to COUNT tickets in a loop, printing number and µs (benchmarks)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "list" -d 'Today\'s tickets: number, state, service, minutes waited, desk, priority flags'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "close-day" -d 'End of day: every ticket still waiting is closed as not seen'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "book" -d 'Book an appointment; prints its id. A refused booking exits non-zero with the reason and the first free slots'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "list" -d 'Appointments of a day (default today): id, time, length, service, state, person id'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "cancel" -d 'Cancel a booked appointment'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "check-in" -d 'The person has come: prints the ticket number'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "no-show" -d 'The person did not come (only once the time has passed)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "free" -d 'The first free slots of a service'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "reminders" -d 'The next working day\'s booked appointments with names and phones, for the reminder calls (this view is audited)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "remind" -d 'Mark that the reminder call was made'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "hours" -d 'Show a service\'s opening hours, or replace them with --set (repeatable): "mon-fri 09:00-17:00 30 1" = days, hours, slot minutes, places per slot'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from appointments" -f -a "close" -d 'Close a day for the whole centre or one service (besides public holidays)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from distribution" -f -a "programmes" -d 'The programmes: code, unit, period, over-allowance rule, name'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from distribution" -f -a "list" -d 'A programme\'s hand-outs in one month, by household, as CSV (administrators; the export is audited)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'Every operator: login, role, organisation, desk, active, name'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "add" -d 'A new operator (their system login); the global --desk N is their usual desk'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "set" -d 'Changes an operator\'s role, name, organisation or usual desk (the global --desk N), or enables them again'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "disable" -d 'Stops an operator from opening kentro (their records stay)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from erase" -f -a "person" -d 'Removes a person\'s personal data for good, keeping an anonymous remainder that reports count (administrators)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from notes" -f -a "list" -d 'A person\'s case notes that you may read, newest first'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from notes" -f -a "add" -d 'Writes a case note (social workers); it is never edited afterwards'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "withdraw" -d 'Records that the person withdrew their consent (and every consent to share)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "merge" -d 'Add several centres\' aggregates of the same period into one report, with small counts suppressed after adding'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from esf" -f -a "facts" -d 'Records the ESF facts of a person (each optional; the person may decline)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from esf" -f -a "enter" -d 'A person enters an operation (default: today)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from esf" -f -a "exit" -d 'A person leaves an operation (default: today)'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from esf" -f -a "indicators" -d 'The indicators of participants entering in the period, by gender'
complete -c kentro -n "__fish_kentro_using_subcommand help; and __fish_seen_subcommand_from esf" -f -a "participants" -d 'Per-participant entry and exit records of an operation, as CSV'
