import xml.etree.ElementTree as ET

CONFIG = """
<config>
  <server host="localhost" port="8080"/>
  <limits max_users="100" timeout="2.5"/>
  <features>
    <feature name="search" enabled="true"/>
    <feature name="export" enabled="false"/>
  </features>
</config>
"""

def load(text):
    root = ET.fromstring(text.strip())
    server = root.find('server')
    limits = root.find('limits')
    return {
        'host': server.get('host'),
        'port': int(server.get('port')),
        'max_users': int(limits.get('max_users')),
        'timeout': float(limits.get('timeout')),
        'features': {f.get('name'): f.get('enabled') == 'true' for f in root.iter('feature')},
    }

cfg = load(CONFIG)
for key, value in cfg.items():
    print(f'{key:>10}: {value!r}')

tree = ET.ElementTree(ET.fromstring(CONFIG.strip()))
for feature in tree.iter('feature'):
    feature.set('enabled', 'true')
tree.find('server').attrib['port'] = '9090'
print(ET.tostring(tree.getroot(), encoding='unicode'))
print(ET.tostring(tree.getroot(), method='text', encoding='unicode').split())
print([e.tag for e in tree.getroot()], len(tree.getroot()), tree.getroot()[1].attrib)

missing = load(CONFIG.replace('<limits max_users="100" timeout="2.5"/>', ''))
