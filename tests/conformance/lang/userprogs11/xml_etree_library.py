import xml.etree.ElementTree as ET

DATA = """<?xml version="1.0"?>
<library name="City">
  <book id="1" lang="en">
    <title>Dune</title>
    <author>Frank Herbert</author>
    <year>1965</year>
  </book>
  <book id="2" lang="fr">
    <title>L'Etranger</title>
    <author>Albert Camus</author>
    <year>1942</year>
  </book>
  <magazine id="3"><title>Wired</title></magazine>
</library>
"""

root = ET.fromstring(DATA)
print(root.tag, root.attrib)
for book in root.findall('book'):
    print(book.get('id'), book.find('title').text, book.findtext('year'), book.attrib.get('lang'))
print([e.tag for e in root])
print(len(root))
for t in root.iter('title'):
    print('title:', t.text)
print(root.find('.//magazine/title').text)
new = ET.SubElement(root, 'book', id='4')
ET.SubElement(new, 'title').text = 'Neuromancer'
new.set('lang', 'en')
print(ET.tostring(new, encoding='unicode'))
root.remove(root.find('magazine'))
print([b.get('id') for b in root.findall('book')])
top = ET.Element('catalog')
for i in range(3):
    item = ET.SubElement(top, 'item', attrib={'n': str(i)})
    item.text = f'thing {i} & <more>'
print(ET.tostring(top).decode())
tree = ET.ElementTree(top)
print(tree.getroot().tag)
print(sum(int(b.findtext('year', '0')) for b in root.iter('book')))
