// SPDX-License-Identifier: MIT
#include "exprcompile.h"

#include "exprkernels.h"

#include <algorithm>
#include <unordered_map>

namespace actviz {

namespace {

// Operand a of an instruction during evaluation: n values, or one value for every point.
struct In {
    const double *p;
    bool varying;
};

template <class F> ACTVIZ_ARRAY_LOOP void loop1(In a, double *o, Eigen::Index n, F f)
{
    for (Eigen::Index i = 0; i < n; ++i)
        o[i] = f(a.p[i]);
}

template <class F> ACTVIZ_ARRAY_LOOP void loop2(In a, In b, double *o, Eigen::Index n, F f)
{
    if (a.varying && b.varying) {
        for (Eigen::Index i = 0; i < n; ++i)
            o[i] = f(a.p[i], b.p[i]);
    } else if (a.varying) {
        const double bv = *b.p;
        for (Eigen::Index i = 0; i < n; ++i)
            o[i] = f(a.p[i], bv);
    } else {
        const double av = *a.p;
        for (Eigen::Index i = 0; i < n; ++i)
            o[i] = f(av, b.p[i]);
    }
}

void select(In c, In a, In b, double *o, Eigen::Index n)
{
    const Eigen::Index sc = c.varying ? 1 : 0, sa = a.varying ? 1 : 0, sb = b.varying ? 1 : 0;
    for (Eigen::Index i = 0; i < n; ++i)
        o[i] = c.p[i * sc] != 0.0 ? a.p[i * sa] : b.p[i * sb];
}

// One instruction over n points: the switch is outside the loops, so each loop inlines its kernel
// (a lambda each: a function pointer would be a call per element, and nothing would vectorise).
void apply(ExprOp op, In a, In b, In c, double *o, Eigen::Index n)
{
    using namespace exprk;
    switch (op) {
    case ExprOp::Neg:
        return loop1(a, o, n, [](double v) { return -v; });
    case ExprOp::Exp:
        return loop1(a, o, n, [](double v) { return num::expInline(v); });
    case ExprOp::Log:
        return loop1(a, o, n, [](double v) { return std::log(v); });
    case ExprOp::Log1p:
        return loop1(a, o, n, [](double v) { return std::log1p(v); });
    case ExprOp::Expm1:
        return loop1(a, o, n, [](double v) { return num::expm1Inline(v); });
    case ExprOp::Sqrt:
        return loop1(a, o, n, [](double v) { return std::sqrt(v); });
    case ExprOp::Abs:
        return loop1(a, o, n, [](double v) { return std::fabs(v); });
    case ExprOp::Sin:
        return loop1(a, o, n, [](double v) { return sinK(v); });
    case ExprOp::Cos:
        return loop1(a, o, n, [](double v) { return cosK(v); });
    case ExprOp::Tanh:
        return loop1(a, o, n, [](double v) { return num::tanhInline(v); });
    case ExprOp::Sech:
        return loop1(a, o, n, [](double v) { return sechK(v); });
    case ExprOp::Sech2:
        return loop1(a, o, n, [](double v) { return sech2K(v); });
    case ExprOp::Erf:
        return loop1(a, o, n, [](double v) { return std::erf(v); });
    case ExprOp::Sigmoid:
        return loop1(a, o, n, [](double v) { return num::sigmoid(v); });
    case ExprOp::Softplus:
        return loop1(a, o, n, [](double v) { return softplusK(v); });
    case ExprOp::Add:
        return loop2(a, b, o, n, [](double u, double v) { return u + v; });
    case ExprOp::Sub:
        return loop2(a, b, o, n, [](double u, double v) { return u - v; });
    case ExprOp::Mul:
        return loop2(a, b, o, n, [](double u, double v) { return u * v; });
    case ExprOp::Div:
        return loop2(a, b, o, n, [](double u, double v) { return u / v; });
    case ExprOp::Pow:
        return loop2(a, b, o, n, [](double u, double v) { return powK(u, v); });
    case ExprOp::Max:
        return loop2(a, b, o, n, [](double u, double v) { return maxK(u, v); });
    case ExprOp::Min:
        return loop2(a, b, o, n, [](double u, double v) { return minK(u, v); });
    case ExprOp::Less:
        return loop2(a, b, o, n, [](double u, double v) { return u < v ? 1.0 : 0.0; });
    case ExprOp::LessEq:
        return loop2(a, b, o, n, [](double u, double v) { return u <= v ? 1.0 : 0.0; });
    case ExprOp::Greater:
        return loop2(a, b, o, n, [](double u, double v) { return u > v ? 1.0 : 0.0; });
    case ExprOp::GreaterEq:
        return loop2(a, b, o, n, [](double u, double v) { return u >= v ? 1.0 : 0.0; });
    case ExprOp::If:
        return select(a, b, c, o, n);
    default:
        return;
    }
}

// Builds the program: one instruction per distinct node (shared subtrees, as derivative()
// makes them, are computed once), in post-order, with virtual registers (the instruction's
// index among the varying ones) that allocate() then maps onto as few arrays as it can.
class Builder
{
public:
    std::vector<CompiledExpr::Instr> code;
    int uniforms = 0;
    int varying = 0;

    int visit(const Expr &e)
    {
        if (e->op == ExprOp::X)
            return CompiledExpr::kX;
        if (const auto it = m_done.find(e.get()); it != m_done.end())
            return it->second;
        CompiledExpr::Instr in{e->op, e->value};
        std::vector<Expr> args = e->args;
        if (isSechSquared(e)) { // tanh′, as derivative() writes it: one accurate kernel
            in.op = ExprOp::Sech2;
            args = {e->args[0]->args[0]};
        }
        int *slots[3] = {&in.a, &in.b, &in.c};
        bool anyVarying = false;
        for (std::size_t i = 0; i < args.size() && i < 3; ++i) {
            *slots[i] = visit(args[i]);
            anyVarying = anyVarying || *slots[i] > CompiledExpr::kUniform;
        }
        in.uniform = !anyVarying;
        in.dst = in.uniform ? CompiledExpr::kUniform - uniforms++ : varying++;
        code.push_back(in);
        m_done.emplace(e.get(), in.dst);
        return in.dst;
    }

private:
    std::unordered_map<const ExprNode *, int> m_done;

    static bool isSechSquared(const Expr &e)
    {
        return e->op == ExprOp::Pow && e->args[0]->op == ExprOp::Sech && e->args[1]->op == ExprOp::Number &&
               e->args[1]->value == 2.0;
    }
};

// Maps virtual registers onto arrays: a register is free again after its last reader.
int allocate(std::vector<CompiledExpr::Instr> &code, int virtuals, int result)
{
    const auto operands = [](CompiledExpr::Instr &in) {
        std::vector<int *> slots{&in.a, &in.b, &in.c};
        slots.resize(static_cast<std::size_t>(exprk::arity(in.op)));
        return slots;
    };
    std::vector<std::size_t> lastUse(static_cast<std::size_t>(virtuals), 0);
    for (std::size_t i = 0; i < code.size(); ++i)
        if (!code[i].uniform)
            for (int *o : operands(code[i]))
                if (*o >= 0)
                    lastUse[static_cast<std::size_t>(*o)] = i;
    if (result >= 0)
        lastUse[static_cast<std::size_t>(result)] = code.size(); // read after the program
    std::vector<int> physical(static_cast<std::size_t>(virtuals), 0);
    std::vector<int> freeList;
    int count = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        CompiledExpr::Instr &in = code[i];
        if (in.uniform)
            continue;
        std::vector<int> dying;
        for (int *o : operands(in)) {
            if (*o < 0)
                continue;
            const int v = *o;
            *o = physical[static_cast<std::size_t>(v)];
            if (lastUse[static_cast<std::size_t>(v)] == i && std::find(dying.begin(), dying.end(), v) == dying.end())
                dying.push_back(v);
        }
        for (int v : dying) // elementwise, so the output may overwrite an operand
            freeList.push_back(physical[static_cast<std::size_t>(v)]);
        int reg = count;
        if (freeList.empty()) {
            ++count;
        } else {
            reg = freeList.back();
            freeList.pop_back();
        }
        physical[static_cast<std::size_t>(in.dst)] = reg;
        in.dst = reg;
    }
    return result >= 0 ? physical[static_cast<std::size_t>(result)] : result;
}

} // namespace

CompiledExpr CompiledExpr::compile(const Expr &e)
{
    Builder b;
    const int result = b.visit(e);
    CompiledExpr c;
    c.m_result = allocate(b.code, b.varying, result);
    c.m_code = std::move(b.code);
    c.m_uniforms = b.uniforms;
    c.m_registers = 0;
    for (const Instr &in : c.m_code)
        if (!in.uniform)
            c.m_registers = std::max(c.m_registers, in.dst + 1);
    return c;
}

void CompiledExpr::run(const double *x, Eigen::Index n, const Params &p, double *out) const
{
    m_uniformValues.resize(static_cast<std::size_t>(m_uniforms));
    m_scratch.resize(static_cast<std::size_t>(m_registers) * static_cast<std::size_t>(n));
    const auto operand = [&](int o) -> In {
        if (o == kX)
            return {x, true};
        if (o <= kUniform)
            return {&m_uniformValues[static_cast<std::size_t>(kUniform - o)], false};
        return {m_scratch.data() + static_cast<std::ptrdiff_t>(o) * n, true};
    };
    for (const Instr &in : m_code) {
        if (in.uniform) {
            double &u = m_uniformValues[static_cast<std::size_t>(kUniform - in.dst)];
            if (in.op == ExprOp::Number || in.op == ExprOp::Alpha || in.op == ExprOp::Beta)
                u = in.op == ExprOp::Number ? in.value : (in.op == ExprOp::Alpha ? p.alpha : p.beta);
            else
                apply(in.op, operand(in.a), operand(in.b), operand(in.c), &u, 1);
        } else {
            apply(in.op, operand(in.a), operand(in.b), operand(in.c), m_scratch.data() + in.dst * n, n);
        }
    }
    const In r = operand(m_result);
    for (Eigen::Index i = 0; i < n; ++i)
        out[i] = x[i] != x[i] ? x[i] : r.p[r.varying ? i : 0];
}

double CompiledExpr::eval(double x, const Params &p) const
{
    double out = 0.0;
    run(&x, 1, p, &out);
    return out;
}

void CompiledExpr::eval(const Eigen::ArrayXd &x, const Params &p, Eigen::ArrayXd &out) const
{
    out.resize(x.size());
    run(x.data(), x.size(), p, out.data());
}

} // namespace actviz
