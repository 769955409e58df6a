from tradeshock.cli import run

run()
