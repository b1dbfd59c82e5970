// descry-cli-fakes: descry-cli with the tests' fake encoders registered, so the CLI tests run end to end on
// generated packs and photos when ../shared is absent. Built for the tests only; never installed.
#include "FakeEncoders.h"

#include "app/cli/Main.h"

int main(int argc, char** argv)
{
    return descry::cli::main(argc, argv, [] { descry::fakes::registerFakeEncoders(); });
}
