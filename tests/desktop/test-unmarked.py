"""Every string a person reads must reach translators: a bare "literal" given to a call that
puts text on screen (labels, tooltips, titles, placeholders, toasts, accessible names) or into
an error message (g_set_error) fails this test unless it is wrapped in _(), N_(), C_() or
ngettext. Strings without letters ("%s: %s", "●", "2024-03-28") are not language and pass;
ALLOWED lists the few words that are deliberately not translated.  Then xgettext runs over
po/POTFILES.in and must extract without errors."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

src = sys.argv[1]

# call name -> index (or indices) of the arguments that carry text
TEXT_CALLS = {
    'gtk_label_new': 0, 'gtk_label_new_with_mnemonic': 0, 'gtk_label_set_label': 1,
    'gtk_label_set_text': 1, 'gtk_label_set_markup': 1, 'gtk_label_set_text_with_mnemonic': 1,
    'gtk_button_new_with_label': 0, 'gtk_button_new_with_mnemonic': 0,
    'gtk_button_set_label': 1, 'gtk_check_button_new_with_label': 0,
    'gtk_check_button_set_label': 1, 'gtk_toggle_button_new_with_label': 0,
    'gtk_widget_set_tooltip_text': 1, 'gtk_widget_set_tooltip_markup': 1,
    'gtk_window_set_title': 1, 'adw_window_title_set_title': 1,
    'adw_window_title_set_subtitle': 1, 'adw_window_title_new': 0,
    'adw_preferences_row_set_title': 1, 'adw_action_row_set_subtitle': 1,
    'adw_preferences_group_set_title': 1, 'adw_preferences_group_set_description': 1,
    'adw_preferences_page_set_title': 1, 'adw_expander_row_set_subtitle': 1,
    'adw_status_page_set_title': 1, 'adw_status_page_set_description': 1,
    'gtk_entry_set_placeholder_text': 1, 'gtk_search_entry_set_placeholder_text': 1,
    'gtk_text_set_placeholder_text': 1,
    'adw_toast_new': 0, 'adw_toast_set_title': 1, 'adw_toast_set_button_label': 1,
    'adw_message_dialog_new': (1, 2), 'adw_message_dialog_set_heading': 1,
    'adw_message_dialog_set_body': 1, 'adw_message_dialog_add_response': 2,
    'adw_message_dialog_format_heading': 1, 'adw_message_dialog_format_body': 1,
    'adw_button_content_set_label': 1, 'adw_split_button_set_label': 1,
    'gtk_menu_button_set_label': 1, 'g_menu_item_new': 0, 'g_menu_append': 1,
    'gtk_file_chooser_native_new': 0, 'gtk_file_filter_set_name': 1,
    'adw_view_stack_add_titled': 3, 'gtk_stack_add_titled': 3,
    'adw_about_window_set_comments': 1,
}
ERROR_CALLS = {'g_set_error': 3, 'g_set_error_literal': 3, 'g_prefix_error': 1,
               'g_error_new': 2, 'g_error_new_literal': 2, 'g_task_return_new_error': 3}
ACCESSIBLE_CALLS = ('gtk_accessible_update_property',)
ACCESSIBLE_TEXT = ('GTK_ACCESSIBLE_PROPERTY_LABEL', 'GTK_ACCESSIBLE_PROPERTY_DESCRIPTION',
                   'GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER', 'GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT',
                   'GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION')
# words that stay as they are in every language: product names and file-format names
ALLOWED = {'Sourceline', 'PNG', 'SVG', 'PDF', 'CSV', 'JSON', 'XML', 'GraphML', 'TimeML',
           'TimelineJS', 'iCalendar'}
# every stage, the command line included: its messages are read by people (scripts read its
# exit status and JSON, which are not translated)
DIRS = ('app', 'widgets')
SKIP_DIRS = ()

# g_object_set / g_object_new with a text property given a bare literal
PROPERTY_CALL = re.compile(r'\b(g_object_set|g_object_new|gtk_widget_new)\s*\(')
TEXT_PROPERTIES = ('"placeholder-text"', '"tooltip-text"', '"tooltip-markup"', '"label"',
                   '"title"', '"subtitle"', '"description"', '"heading"', '"body"',
                   '"button-label"')
NAME = re.compile(r'\b(' + '|'.join(sorted(set(TEXT_CALLS) | set(ERROR_CALLS)
                                         | set(ACCESSIBLE_CALLS), key=len, reverse=True))
                  + r')\s*\(')
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
MARKED = re.compile(r'\b(?:_|N_|Q_|C_|NC_|ngettext|g_dngettext|g_dpgettext2?|dgettext|gettext)'
                    r'\s*\(')
FORMAT = re.compile(r'%[-+ #0\'*]*[0-9.*]*(?:hh|h|ll|l|L|z|j|t|I64)?[a-zA-Z%]'
                    r'|%"\s*G_G?U?INT\d*_FORMAT\s*"')


def strip_comments(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def split_args(text, start):
    """The arguments of the call whose '(' is at text[start-1], as (offset, text) pairs."""
    args = []
    depth = 0
    i = start
    begin = start
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            if depth == 0:
                args.append((begin, text[begin:i]))
                return args
            depth -= 1
        elif c == ',' and depth == 0:
            args.append((begin, text[begin:i]))
            begin = i + 1
        i += 1
    return args


def unmarked_words(arg):
    """Literals in an argument that carry words but are not inside a marking call."""
    # blank out every marked call (with its nested parentheses) before looking for literals
    masked = list(arg)
    for m in MARKED.finditer(arg):
        inner = split_args(arg, m.end())
        if inner:
            last_off, last_text = inner[-1]
            for k in range(m.start(), min(len(arg), last_off + len(last_text) + 1)):
                masked[k] = ' '
    masked = ''.join(masked)
    found = []
    for s in STRING.finditer(masked):
        body = s.group(0)[1:-1]
        words = FORMAT.sub('', body)
        words = re.sub(r'\\.', '', words)
        if not re.search(r'[^\W\d_]', words):
            continue
        if body in ALLOWED:
            continue
        found.append(body)
    return found


def check_file(rel, text):
    problems = []
    clean = strip_comments(text)
    for m in NAME.finditer(clean):
        name = m.group(1)
        # skip the definition or prototype of a function of our own with the same name
        args = split_args(clean, m.end())
        line = clean.count('\n', 0, m.start()) + 1
        if name in ERROR_CALLS:
            idx = ERROR_CALLS[name]
            if len(args) > idx:
                for body in unmarked_words(args[idx][1]):
                    problems.append('%s:%d: %s message "%s"' % (rel, line, name, body))
        elif name in ACCESSIBLE_CALLS:
            for k in range(1, len(args) - 1):
                if args[k][1].strip() in ACCESSIBLE_TEXT:
                    for body in unmarked_words(args[k + 1][1]):
                        problems.append('%s:%d: %s %s "%s"'
                                        % (rel, line, name, args[k][1].strip(), body))
        else:
            idx = TEXT_CALLS[name]
            for k in (idx if isinstance(idx, tuple) else (idx,)):
                if k >= len(args):
                    continue
                for body in unmarked_words(args[k][1]):
                    problems.append('%s:%d: %s "%s"' % (rel, line, name, body))
    for m in PROPERTY_CALL.finditer(clean):
        args = split_args(clean, m.end())
        line = clean.count('\n', 0, m.start()) + 1
        for k in range(1, len(args) - 1):
            if args[k][1].strip() in TEXT_PROPERTIES:
                for body in unmarked_words(args[k + 1][1]):
                    problems.append('%s:%d: %s %s "%s"'
                                    % (rel, line, m.group(1), args[k][1].strip(), body))
    return problems


def self_test():
    """The scanner itself: it must catch what it is meant to catch, and only that."""
    bad = ['gtk_label_new ("Events");',
           'gtk_widget_set_tooltip_text (w,\n   "Zoom in");',
           'g_set_error (error, X, Y,\n             "Could not write %s", path);',
           'gtk_accessible_update_property (a, GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline", -1);',
           'adw_toast_new (ok ? "Saved" : _("Failed"));',
           'g_object_set (entry, "placeholder-text", "Find a source", NULL);',
           'g_task_return_new_error (task, D, C, "The import was cancelled");']
    good = ['gtk_label_new (_("Events"));',
            'gtk_widget_set_tooltip_text (w,\n   _("Zoom in"));',
            'g_set_error (error, X, Y,\n             _("Could not write %s"), path);',
            'g_set_error (error, X, Y, "%s:%u: %s", a, b, c);',
            'gtk_entry_set_placeholder_text (e, "2024-03-28");',
            'gtk_label_new ("\u25cf");',
            'g_menu_append (menu, _("Add"), "win.add-event");',
            'g_object_set (entry, "placeholder-text", _("Find a source"), NULL);',
            'gtk_label_set_text (l, g_dngettext (NULL, "%u event", "%u events", n));',
            'gtk_accessible_update_property (a, GTK_ACCESSIBLE_PROPERTY_LABEL, C_("view", "Graph"), -1);',
            '/* gtk_label_new ("Events"); */']
    errors = []
    for snippet in bad:
        if not check_file('self-test', snippet):
            errors.append('scanner misses: ' + snippet)
    for snippet in good:
        if check_file('self-test', snippet):
            errors.append('scanner wrongly flags: ' + snippet)
    return errors


failures = self_test()
count = 0
for top in DIRS:
    for d, dirs, names in os.walk(os.path.join(src, top)):
        dirs[:] = sorted(x for x in dirs if not x.startswith('.'))
        for name in sorted(names):
            if not name.endswith('.c'):
                continue
            path = os.path.join(d, name)
            rel = os.path.relpath(path, src)
            if rel.startswith(SKIP_DIRS):
                continue
            count += 1
            with open(path, encoding='utf-8', errors='replace') as f:
                failures += ['unmarked: ' + p for p in check_file(rel, f.read())]

xgettext = shutil.which('xgettext')
if xgettext is None:
    print('xgettext is absent: extraction not checked')
else:
    with open(os.path.join(src, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        listed = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'sourceline.pot')
        c_files = [p for p in listed if p.endswith(('.c', '.h'))]
        cmd = [xgettext, '--from-code=UTF-8', '--language=C', '--keyword=_', '--keyword=N_',
               '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
               '--add-comments', '-o', pot] + c_files
        run = subprocess.run(cmd, cwd=src, capture_output=True, text=True)
        if run.returncode != 0 or 'error' in run.stderr.lower():
            failures.append('xgettext failed: ' + run.stderr.strip())
        else:
            with open(pot, encoding='utf-8') as f:
                msgids = sum(1 for line in f if line.startswith('msgid "') and line != 'msgid ""\n')
            print('xgettext extracted %d strings from %d C files' % (msgids, len(c_files)))
            if msgids < 100:
                failures.append('xgettext found only %d strings' % msgids)
        ui_files = [p for p in listed if p.endswith('.ui')]
        if ui_files:
            ui_pot = os.path.join(tmp, 'ui.pot')
            run = subprocess.run([xgettext, '--from-code=UTF-8', '-o', ui_pot] + ui_files,
                                 cwd=src, capture_output=True, text=True)
            if run.returncode != 0 or 'error' in run.stderr.lower():
                failures.append('xgettext failed on the .ui files: ' + run.stderr.strip())
            else:
                with open(ui_pot, encoding='utf-8') as f:
                    ui_ids = sum(1 for line in f
                                 if line.startswith('msgid "') and line != 'msgid ""\n')
                print('xgettext extracted %d strings from %d .ui files' % (ui_ids, len(ui_files)))

print('%d C files scanned' % count)
for f in failures:
    print('FAILED ' + f)
sys.exit(1 if failures else 0)
