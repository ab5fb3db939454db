import CNcurses
import ChronicleUI
