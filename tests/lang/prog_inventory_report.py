# data processing with dicts, sorting by several keys, and formatted output
rows = """
widget,tools,12,3.50
gadget,toys,5,12.00
doohickey,tools,0,7.25
thingamajig,toys,30,1.10
whatsit,misc,7,4.75
gizmo,tools,12,9.99
""".strip().split("\n")
items = []
for r in rows:
    name, cat, qty, price = r.split(",")
    items.append({"name": name, "cat": cat, "qty": int(qty), "price": float(price)})
by_cat = {}
for it in items:
    by_cat.setdefault(it["cat"], []).append(it)
for cat in sorted(by_cat):
    group = sorted(by_cat[cat], key=lambda it: (-it["qty"], it["name"]))
    value = sum(it["qty"] * it["price"] for it in group)
    print("%s (%d items, value %.2f)" % (cat, len(group), value))
    for it in group:
        flag = " OUT" if it["qty"] == 0 else ""
        print("  %-12s %3d x %6.2f%s" % (it["name"], it["qty"], it["price"], flag))
cheapest = min(items, key=lambda it: it["price"])
print("cheapest:", cheapest["name"], "%.2f" % cheapest["price"])
print("in stock:", ", ".join(sorted(it["name"] for it in items if it["qty"])))
