// fleetdeck-onnx-check: run by the validation engine, never by hand (see OnnxCheck.h).
#include "core/validation/engine/OnnxCheck.h"

int main(int argc, char *argv[])
{
    return fleetdeck::validation::runOnnxCheckMain(argc, argv);
}
