// descry-cli: the command-line tool (contract in DESIGN.md §6).
#include "app/cli/Main.h"

int main(int argc, char** argv)
{
    return descry::cli::main(argc, argv);
}
