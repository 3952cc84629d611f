# re: Unicode \d \w \s and IGNORECASE equivalences (micro sign, long s, Kelvin sign...)
import re
for ch in ['\u00b2', '\u0663', '\u00bd', '\u2460', '\uff11', '\u00aa', '\u00b5', '\u0345', '\u1e9e', '\u212a', '\u017f', '\u00df', '\u0130', '\u0131', '\u00ff', '\u0178', '\u2003', '\x1c', '\x85', '\u200b', '\u3000', '\u4e00', '\u0660', '_', '\u203f']:
    print(hex(ord(ch)), bool(re.match(r'\d', ch)), bool(re.match(r'\w', ch)), bool(re.match(r'\s', ch)),
          bool(re.match(ch, ch.upper(), re.I)), bool(re.match(ch, ch.lower(), re.I)), bool(re.match('[' + ch + ']', ch.upper(), re.I)))
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?i)s', 'sS\u017f'), re.findall(r'(?i)\u00df', '\u00df\u1e9e'))
