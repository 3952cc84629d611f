# json.dumps: string escaping (ensure_ascii default and off)
import json

tests = ['plain', 'quote " here', 'back\\slash', 'slash /', 'nl\n cr\r tab\t', 'bs\b ff\f',
         '\x00\x01\x1f', '\x7f', 'caf\u00e9', '\u20ac5', '\u4e2d\u6587', '\U0001F600',
         '\U0010FFFF', '\u0800\uffff', 'mixed \u00e9 " \\ \n \U0001F680 end', "'single'"]
for s in tests:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False).encode('utf-8'))
    print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.dumps({'cl\u00e9': '\u00e9'}))
print(json.dumps({'cl\u00e9': '\u00e9'}, ensure_ascii=False).encode())
print(json.dumps(''.join(chr(i) for i in range(32))))
print(json.dumps(''.join(chr(i) for i in range(32, 128))))
