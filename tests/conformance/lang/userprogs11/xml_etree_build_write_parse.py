import xml.etree.ElementTree as ET, io, copy, os, tempfile
tmp = tempfile.TemporaryDirectory()
PATH = os.path.join(tmp.name, "cfg.xml")
root = ET.Element('config', version='2')
db = ET.SubElement(root, 'database')
for key, val in [('host', 'localhost'), ('port', '5432'), ('name', 'app & co')]:
    ET.SubElement(db, key).text = val
users = ET.SubElement(root, 'users')
for i, name in enumerate(['ann', 'bob', 'cy']):
    u = ET.SubElement(users, 'user', id=str(i), admin=str(i == 0).lower())
    u.text = name
root.append(ET.Comment(' generated '))
root.append(ET.PI('proc', 'x=1'))
tree = ET.ElementTree(root)
ET.indent(tree)
buf = io.BytesIO()
tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue().decode())
sbuf = io.StringIO()
tree.write(sbuf, encoding='unicode')
print(sbuf.getvalue())
ET.dump(db)
print(ET.tostring(root, method='text', encoding='unicode').split())
print(ET.tostring(ET.fromstring('<p>Hi<br/>there<img src="a"/></p>'), method='html'))
print(ET.tostring(ET.Element('e'), short_empty_elements=False), ET.tostring(ET.Element('e'), encoding='us-ascii'))
print(ET.tostringlist(db)[:4])
with open(PATH, 'wb') as f:
    tree.write(f)
t2 = ET.parse(PATH)
r2 = t2.getroot()
print(r2.tag, r2.attrib, [u.text for u in r2.iter('user')])
print([u.get('id') for u in r2.findall("./users/user[@admin='true']")])
print(r2.findtext('database/port'), r2.find('users/user[2]').text, r2.find('users/user[last()]').text)
print([e.tag for e in r2.findall('.//*')][:6])
print([u.text for u in r2.iterfind('users/user[@id]')], r2.findall("users/user[.='bob']")[0].get('id'))
for event, elem in ET.iterparse(PATH, events=('start', 'end')):
    if elem.tag == 'user':
        print(event, elem.tag, elem.text if event == 'end' else '')
c = copy.deepcopy(r2)
c.find('database').clear()
print(len(c.find('database')), len(r2.find('database')), ''.join(r2.find('database').itertext()).split())
pp = ET.XMLPullParser(events=['start', 'end'])
pp.feed('<root><a>1</a>')
pp.feed('<b>2</b></root>')
pp.close()
print([(ev, el.tag) for ev, el in pp.read_events()])
tb = ET.TreeBuilder()
tb.start('x', {'k': 'v'}); tb.data('hello'); tb.end('x')
print(ET.tostring(tb.close()))
class Counter:
    def __init__(self): self.n = 0; self.depth = 0; self.max = 0
    def start(self, tag, attrib): self.n += 1; self.depth += 1; self.max = max(self.max, self.depth)
    def end(self, tag): self.depth -= 1
    def data(self, d): pass
    def close(self): return self.n, self.max
p = ET.XMLParser(target=Counter())
p.feed(open(PATH).read())
print(p.close())
doc, ids = ET.XMLID('<r><a id="x1">A</a><b id="y">B</b></r>')
print(sorted(ids), ids['y'].text)
print(ET.QName('urn:a', 'tag'), ET.QName('{urn:a}tag').text)
tmp.cleanup()
