import xml.etree.ElementTree as ET
import copy, io

DOC = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<inventory xmlns:x="urn:extra">
  <item sku="A1" qty="3"><name>Caf\xe9 mug</name><price>4.50</price></item>
  <item sku="B2" qty="0"><name>Tea pot</name><price>12.00</price><x:note>fragile</x:note></item>
  <item sku="C3" qty="12"><name>Spoon</name><price>0.99</price></item>
</inventory>"""

root = ET.fromstring(DOC)
print(root.tag, len(root), [i.get('sku') for i in root])
print(root[0].find('name').text, root[-1][0].text, [e.tag for e in root[1]])
total = sum(int(i.get('qty')) * float(i.findtext('price')) for i in root.iter('item'))
print(f'stock value: {total:.2f}')

# remove sold-out items, restock others
for item in list(root):
    if item.get('qty') == '0':
        root.remove(item)
    else:
        item.set('qty', str(int(item.get('qty')) + 10))
print([(i.get('sku'), i.get('qty')) for i in root])

# sort by price, insert a new item at the front
root[:] = sorted(root, key=lambda i: float(i.findtext('price')))
new = ET.Element('item', sku='Z9', qty='1')
ET.SubElement(new, 'name').text = 'Gift card'
ET.SubElement(new, 'price').text = '25.00'
root.insert(0, new)
del root[-1]
print([i.get('sku') for i in root], root.index if hasattr(root, 'index') else '')
clone = copy.deepcopy(root)
clone[0].find('name').text = 'CHANGED'
shallow = copy.copy(root)
print(root[0].findtext('name'), clone[0].findtext('name'), len(shallow), shallow[0] is root[0])

ET.indent(root, space='\t')
out = io.BytesIO()
ET.ElementTree(root).write(out, encoding='ISO-8859-1')
print(out.getvalue().decode('latin-1'))
out = io.StringIO()
ET.ElementTree(root).write(out, encoding='unicode', short_empty_elements=False)
print(out.getvalue())
print(ET.tostring(root)[:60])

events = ET.iterparse(io.BytesIO(DOC), events=('start', 'end', 'start-ns', 'end-ns'))
for event, obj in events:
    if event in ('start-ns', 'end-ns'):
        print(event, obj)
    elif obj.tag == 'price':
        print(event, obj.tag, obj.text)
print(events.root.tag)

ET.dump(ET.fromstring('<a><b>1</b><b>2</b></a>'))
print(ET.tostring(ET.fromstring('<a>\n<b/>\n</a>'), encoding='unicode'))
print(list(root.keys()), sorted(root[1].items()), root[1].attrib == dict(root[1].items()))
try:
    root[10]
except IndexError as e:
    print('IndexError:', e)
print(ET.fromstring('<p>one <b>two</b> three<!-- hidden --> four</p>').itertext().__next__())
print(''.join(ET.fromstring('<p>one <b>two</b> three<!-- hidden --> four</p>').itertext()))
