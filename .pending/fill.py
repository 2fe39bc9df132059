# Fills unfinished zh_CN translations from a dict {(context, source): translation}.
import sys, re
sys.path.insert(0, '/work/tmp')
from zh import T
import xml.etree.ElementTree as ET
path = '/work/main/resources/translations/actviz_zh_CN.ts'
text = open(path, encoding='utf-8').read()
tree = ET.parse(path)
done = 0
missing = []
for ctx in tree.getroot().iter('context'):
    name = ctx.find('name').text
    for m in ctx.iter('message'):
        tr = m.find('translation')
        if tr.get('type') != 'unfinished':
            continue
        src = m.find('source').text
        key = (name, src)
        if key in T:
            want = T[key]
            ph_src = sorted(re.findall(r'%\d', src)); ph_tr = sorted(re.findall(r'%\d', want))
            assert ph_src == ph_tr, (key, ph_src, ph_tr)
            tr.text = want
            del tr.attrib['type']
            done += 1
        else:
            missing.append(key)
tree.write(path, encoding='utf-8', xml_declaration=True)
# keep the DOCTYPE line lupdate writes
out = open(path, encoding='utf-8').read()
if '<!DOCTYPE TS>' not in out:
    out = out.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(path, 'w', encoding='utf-8').write(out)
print('filled', done, 'missing', len(missing))
for k in missing: print(' ', k)
