# mpmath reference values for the naive f' boundaries (tests/core/tst_naivenumerics.cpp).
from mpmath import mp, mpf, exp, log, findroot, sech, cosh
mp.dps = 40
FLT_MAX = (2 - mpf(2)**-23) * mpf(2)**127
DBL_MAX = (2 - mpf(2)**-52) * mpf(2)**1023
# a value rounds to inf once it reaches max + half an ulp
H_INF = 65504 + 16
BF_MAX = (2 - mpf(2)**-7) * mpf(2)**127
BF_INF = BF_MAX + mpf(2)**(127-8)
sig = lambda x: 1/(1+exp(-x))
dsig = lambda x: sig(x)*sig(-x)
dtanh = lambda x: sech(x)**2
print("ln FLT_MAX", mp.nstr(log(FLT_MAX), 17))
print("ln(FLT_MAX+half ulp)", mp.nstr(log(FLT_MAX + mpf(2)**103), 17))
print("ln DBL_MAX", mp.nstr(log(DBL_MAX), 17))
print("ln 65520", mp.nstr(log(H_INF), 17))
print("ln bf16 inf", mp.nstr(log(BF_INF), 17))
for name, m in [("f16", mpf(2)**-14), ("f32/bf16", mpf(2)**-126), ("f64", mpf(2)**-1022)]:
    print("sigma'(x)=min normal", name, mp.nstr(findroot(lambda x: dsig(x) - m, -log(m)), 17))
    print("sech^2(x)=min normal", name, mp.nstr(findroot(lambda x: dtanh(x) - m, -log(m/4)/2), 17))
for p, name in [(11, "f16"), (8, "bf16"), (24, "f32"), (53, "f64")]:
    print("p ln2", name, mp.nstr(p*log(2), 17))
print("e^x = 2^-150 (f32 exp rounds to 0 at or below)", mp.nstr(-150*log(2), 17))
print("e^x = 2^-25 (f16 exp rounds to 0)", mp.nstr(-25*log(2), 17))
print("e^x = 2^-1075", mp.nstr(-1075*log(2), 17))
for x in [1, -2, 0]:
    print("sech^2", x, mp.nstr(dtanh(mpf(x)), 17), "sigma'", mp.nstr(dsig(mpf(x)), 17), "sigma", mp.nstr(sig(mpf(x)), 17))
for x in [20, 10, 8, 50, 100]:
    print("truths at", x, "sigma'", mp.nstr(dsig(mpf(x)), 6), "sech^2", mp.nstr(dtanh(mpf(x)), 6))
