// Einsum by direct summation over every label combination, in double. Correct for diagonals,
// broadcasting ellipses and implicit outputs; slow for big contractions, which is acceptable in
// a reference engine (MatMul and Gemm cover the common fast paths).
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace fleetdeck::validation::cpu {

namespace {

constexpr int ellipsisLabel = 1000; // ellipsis dims get labels 1000, 1001... counted from the left

struct Term
{
    std::vector<int> labels; // one per dim of the operand
};

// Parses one term against an operand of `rank` dims; ellipsis dims right-aligned to `ellipsisRank`.
std::optional<Term> parseTerm(const std::string &text, int64_t rank, int64_t &ellipsisRank, bool isOutput)
{
    Term term;
    const std::size_t dots = text.find("...");
    const auto letters = static_cast<int64_t>(text.size() - (dots == std::string::npos ? 0 : 3));
    const int64_t own = dots == std::string::npos ? 0 : (isOutput ? ellipsisRank : rank - letters);
    if (own < 0 || (!isOutput && dots == std::string::npos && letters != rank))
        return std::nullopt;
    if (!isOutput)
        ellipsisRank = std::max(ellipsisRank, own);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == dots) {
            for (int64_t k = 0; k < own; ++k)
                term.labels.push_back(ellipsisLabel + int(ellipsisRank - own + k));
            i += 2;
        } else if (std::isalpha(static_cast<unsigned char>(text[i]))) {
            term.labels.push_back(text[i]);
        } else {
            return std::nullopt;
        }
    }
    return term;
}

Status runEinsum(KernelContext &ctx)
{
    std::string equation = ctx.attributes().getString("equation", "");
    equation.erase(std::remove(equation.begin(), equation.end(), ' '), equation.end());
    const std::size_t arrow = equation.find("->");
    const std::string left = equation.substr(0, arrow);
    std::vector<std::string> texts;
    for (std::size_t start = 0;;) {
        const std::size_t comma = left.find(',', start);
        texts.push_back(left.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    if (texts.size() != ctx.inputCount())
        return ctx.fail("equation names " + std::to_string(texts.size()) + " operands");
    int64_t ellipsisRank = 0;
    std::vector<Term> terms;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto term = parseTerm(texts[i], ctx.input(i).rank(), ellipsisRank, false);
        if (!term)
            return ctx.fail("term '" + texts[i] + "' does not fit input " + std::to_string(i));
        terms.push_back(*term);
    }
    // Re-parse so every ellipsis is right-aligned to the widest one.
    for (std::size_t i = 0; i < texts.size(); ++i)
        terms[i] = *parseTerm(texts[i], ctx.input(i).rank(), ellipsisRank, false);
    std::map<int, int64_t> sizes;
    std::map<int, int> counts;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        for (std::size_t d = 0; d < terms[i].labels.size(); ++d) {
            const int label = terms[i].labels[d];
            const int64_t dim = ctx.input(i).dim(int64_t(d));
            auto [it, fresh] = sizes.emplace(label, dim);
            if (!fresh && it->second != dim) {
                if (it->second != 1 && dim != 1)
                    return ctx.fail("label sizes differ");
                it->second = std::max(it->second, dim);
            }
            ++counts[label];
        }
    }
    Term output;
    if (arrow != std::string::npos) {
        auto term = parseTerm(equation.substr(arrow + 2), 0, ellipsisRank, true);
        if (!term)
            return ctx.fail("bad output term");
        output = *term;
    } else {
        for (int64_t k = 0; k < ellipsisRank; ++k)
            output.labels.push_back(ellipsisLabel + int(k));
        for (const auto &[label, count] : counts) {
            if (label < ellipsisLabel && count == 1)
                output.labels.push_back(label);
        }
    }
    std::vector<int> all = output.labels;
    for (const auto &[label, size] : sizes) {
        if (std::find(all.begin(), all.end(), label) == all.end())
            all.push_back(label);
    }
    Shape outShape;
    for (int label : output.labels) {
        if (!sizes.count(label))
            return ctx.fail("output label not in any input");
        outShape.push_back(sizes[label]);
    }
    int64_t iterations = 1;
    for (int label : all) {
        iterations *= std::max<int64_t>(sizes[label], 1);
        if (iterations > (int64_t(1) << 32))
            return ctx.fail("contraction too large for the reference Einsum");
    }
    auto out = ctx.allocate(0, ctx.input(0).dataType(), outShape);
    if (!out)
        return out.error();
    // A label of size 0: the output is empty, or every sum is empty and the zeros stand.
    if (std::any_of(all.begin(), all.end(), [&sizes](int label) { return sizes[label] == 0; }))
        return {};
    // Per input: stride of each label in the combined counter (0 where broadcast or absent).
    std::vector<std::vector<int64_t>> strides(terms.size(), std::vector<int64_t>(all.size(), 0));
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::vector<int64_t> own = stridesOf(ctx.input(i).shape());
        for (std::size_t d = 0; d < terms[i].labels.size(); ++d) {
            const auto at = std::find(all.begin(), all.end(), terms[i].labels[d]) - all.begin();
            if (ctx.input(i).dim(int64_t(d)) != 1)
                strides[i][std::size_t(at)] += own[d];
        }
    }
    std::vector<double> acc(static_cast<std::size_t>(out.value()->elementCount()), 0.0);
    std::vector<int64_t> counter(all.size(), 0);
    const int64_t summed = out.value()->elementCount() == 0 ? 0 : iterations / out.value()->elementCount();
    for (int64_t it = 0; it < iterations; ++it) {
        int64_t rest = it;
        for (std::size_t l = all.size(); l-- > 0;) {
            counter[l] = rest % sizes[all[l]];
            rest /= sizes[all[l]];
        }
        double product = 1;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            int64_t offset = 0;
            for (std::size_t l = 0; l < all.size(); ++l)
                offset += counter[l] * strides[i][l];
            product *= ctx.input(i).valueAsDouble(offset);
        }
        acc[std::size_t(it / std::max<int64_t>(summed, 1))] += product;
    }
    visitArithmeticType(out.value()->dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        for (std::size_t i = 0; i < acc.size(); ++i)
            out.value()->template data<T>()[i] = static_cast<T>(acc[i]);
    });
    return {};
}

} // namespace

void registerEinsumKernel(OpRegistry &registry)
{
    registry.add("Einsum", [](const SupportQuery &q) {
        return requireAllTypes(q, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64});
    }, runEinsum);
}

} // namespace fleetdeck::validation::cpu
