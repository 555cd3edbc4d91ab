"""The manual page formats without a warning, names the version being built, and documents
every command and option that `sourceline-cli --help` lists."""
import os
import re
import shutil
import subprocess
import sys

page, version = sys.argv[1], sys.argv[2]
cli = os.environ['SL_CLI']
failures = []


def check(ok, what):
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures.append(what)


with open(page, encoding='utf-8') as f:
    roff = f.read()
text = roff.replace('\\-', '-')

# man-db runs groff with warnings on: any message on stderr is a defect in the page
if shutil.which('man'):
    env = dict(os.environ, MANWIDTH='80', LC_ALL='C.UTF-8')
    env.pop('MAN_KEEP_FORMATTING', None)
    proc = subprocess.run(['man', '--warnings', '-E', 'UTF-8', '-l', page], env=env,
                          capture_output=True, text=True)
    check(proc.returncode == 0 and proc.stderr.strip() == '',
          'man --warnings formats the page silently' + (':\n' + proc.stderr if proc.stderr else ''))
    plain = re.sub('.\b', '', proc.stdout)  # overstrike bold and underline
    check('sourceline-cli' in plain and 'EXIT STATUS' in plain,
          'the formatted page has its name and an EXIT STATUS section')
else:
    proc = subprocess.run(['groff', '-man', '-z', '-wall', page], capture_output=True, text=True)
    check(proc.returncode == 0 and proc.stderr.strip() == '',
          'groff -wall formats the page silently' + (':\n' + proc.stderr if proc.stderr else ''))

th = re.search(r'^\.TH .*$', roff, re.M)
check(th is not None and version in th.group(0), 'the title line names version %s' % version)

usage = subprocess.run([cli, '--help'], capture_output=True, text=True, check=True).stdout
commands = re.findall(r'^\s*sourceline-cli (\S+)', usage, re.M)
options = sorted(set(re.findall(r'(?<![\w-])(--?[a-z][a-z-]*)', usage)))
check(len(commands) >= 5, '--help lists the commands: %s' % ' '.join(commands))
section = text.split('.SH COMMANDS', 1)[-1].split('\n.SH ', 1)[0]
for cmd in commands:
    check(re.search(r'^\.TP\n\.B %s$' % re.escape(cmd), section, re.M) is not None,
          'command "%s" has its own entry' % cmd)
for opt in options:
    check(re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(opt), text) is not None,
          'option %s is documented' % opt)

if failures:
    sys.exit('%d check(s) failed' % len(failures))
