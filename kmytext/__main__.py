from kmytext.cli import main

main()
