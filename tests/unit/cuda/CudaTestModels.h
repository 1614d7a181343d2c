#pragma once

// Models the CUDA engine's host tests and its GPU tests share.

#include "tests/unit/validation/OnnxModelBuilder.h"

namespace fleetdeck::validation::test {

// x [N,3,4] -> Relu -> Reshape to [N,12], the target built from Shape -> Gather -> Unsqueeze ->
// Concat on x, as exporters write it: nodes 0-3 are shape arithmetic, 4 and 5 read data.
inline OnnxModelBuilder shapeArithmeticReshape()
{
    OnnxModelBuilder b(13);
    b.input("x", {-1, 3, 4});
    b.int64Initializer("zero", {}, {0});
    b.int64Initializer("rest", {1}, {12});
    b.int64Initializer("axes", {1}, {0});
    b.node("Shape", {"x"}, {"shape"});
    b.node("Gather", {"shape", "zero"}, {"batch"});
    b.node("Unsqueeze", {"batch", "axes"}, {"batch1"});
    setInt(b.node("Concat", {"batch1", "rest"}, {"target"}), "axis", 0);
    b.node("Relu", {"x"}, {"r"});
    b.node("Reshape", {"r", "target"}, {"y"});
    b.output("y", {-1, 12});
    return b;
}

} // namespace fleetdeck::validation::test
