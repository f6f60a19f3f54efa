# html: escape (quote=) and unescape (named, numeric, invalid code points), html.entities.
import html
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

s = '<a href="x?a=1&b=2">It\'s > 3 & < 5</a>'
print(html.escape(s))
print(html.escape(s, quote=False))
print(html.escape(s, False))
print(html.escape(''), html.escape('plain text'))
print(html.unescape(html.escape(s)) == s)

for t in ['&amp; &lt; &gt; &quot; &#39; &#x27; &apos;', '&copy;2024 &reg &trade;', '&eacute;t&eacute;',
          '&amp', '&ampxyz;', '&notit;', '&notin;', '&nosuchthing;', '&', '&;', '& amp;', '&#;',
          '&#65;&#x42;&#X43;&#0068', '&#0; &#13; &#128; &#x80;&#x81;&#x9f;', '&#xD800; &#x110000; &#99999999999999999999;',
          '&#1;&#11;&#x7f;&#xfdd0;&#xfffe;&#x1ffff;&#x10ffff;', '&#x1F600; &#128512;', '&NotNestedGreaterGreater;',
          '&ThickSpace; &fjlig; &nGt;', '&lt&gt', '&LT;&Lt;', 'AT&T', '&#x;', '&#xzz;',
          '&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;', '&frac12 &frac12;', 'no refs here']:
    print(repr(t), ascii(html.unescape(t)))

print(len(html5), list(html5.items())[:6])
print(ascii(html5['nGt;']), ascii(html5['amp']), 'amp;' in html5, 'notin' in html5)
print(len(name2codepoint), name2codepoint['amp'], name2codepoint['lang'], name2codepoint['euro'])
print(len(codepoint2name), codepoint2name[0xa9], codepoint2name[0x2329])
print(len(entitydefs), ascii(entitydefs['nbsp']), ascii(entitydefs['rang']))
print(list(name2codepoint)[:5], list(codepoint2name.items())[:3])
for bad in [None, 5, b'<b>']:
    for f in (html.escape, html.unescape):
        try:
            print(f(bad))
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)
print(html.__all__)
import html.entities
print(html.entities.__all__)
