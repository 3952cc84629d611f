# deeply nested try statements
log = []
def run(mode):
    try:
        log.append("t1")
        try:
            log.append("t2")
            try:
                log.append("t3")
                if mode == 1:
                    raise ValueError
                if mode == 2:
                    raise KeyError
                if mode == 3:
                    raise TypeError
            except ValueError:
                log.append("e3")
            finally:
                log.append("f3")
        except KeyError:
            log.append("e2")
        finally:
            log.append("f2")
    except TypeError:
        log.append("e1")
    else:
        log.append("else1")
    finally:
        log.append("f1")
for mode in range(4):
    del log[:]
    run(mode)
    print(mode, log)
