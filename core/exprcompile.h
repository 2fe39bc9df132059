// SPDX-License-Identifier: MIT
// A typed formula (expr.h) compiled for live plotting: a flat program, one instruction per
// distinct node, evaluated over a whole array one instruction at a time (a tight loop per
// instruction over reused scratch arrays) with the same stable kernels as the built-in
// activations (exprkernels.h). Parts that do not depend on x are computed once per call. The
// scalar eval runs the same program on one point, so it returns the same bits as the array eval
// (a NaN's sign and payload aside).
// if() computes both branches and selects per point, so a NaN or ∞ in the branch not taken never
// leaks. NaN x gives NaN whatever the formula (also where simplification dropped x: (α·x)′ = α).
// eval() reuses scratch memory held by the object: one CompiledExpr per thread.
#pragma once

#include "expr.h"

#include <Eigen/Core>

#include <vector>

namespace actviz {

class CompiledExpr
{
public:
    [[nodiscard]] static CompiledExpr compile(const Expr &e);

    [[nodiscard]] double eval(double x, const Params &p) const;
    void eval(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out) const;

    // Instructions in the program (for tests and the benchmark's report).
    [[nodiscard]] std::size_t size() const { return m_code.size(); }

    // An operand: a varying register (≥ 0), the input x, or a uniform slot (kUniform − index).
    static constexpr int kX = -1;
    static constexpr int kUniform = -2;

    struct Instr {
        ExprOp op = ExprOp::Number;
        double value = 0.0; // Number
        int dst = 0;        // a varying register, or a uniform slot (kUniform − dst) when uniform
        bool uniform = false;
        int a = 0, b = 0, c = 0;
    };

private:
    void run(const double *x, Eigen::Index n, const Params &p, double *out) const;

    std::vector<Instr> m_code;
    int m_registers = 0;
    int m_uniforms = 0;
    int m_result = 0; // operand holding the value
    mutable std::vector<double> m_scratch;
    mutable std::vector<double> m_uniformValues;
};

} // namespace actviz
