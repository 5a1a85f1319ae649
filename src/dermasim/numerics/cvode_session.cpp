#include "dermasim/numerics/cvode_session.hpp"

#include <fmt/format.h>
#include <cstdlib>
#include <stdexcept>

namespace dermasim::numerics {

namespace {

/// Keeps CVODE's message of an error (a negative code); warnings (CV_WARNING) are not kept, so
/// that a failure is never explained by an earlier warning.
void capture_error(int code, const char*, const char*, char* message, void* session) {
  if (code < 0) static_cast<CvodeSession*>(session)->last_error = message;
}

}  // namespace

CvodeSession::CvodeSession(long n) {
  // A constructor that throws runs no destructor: what was made is freed here first.
  if (SUNContext_Create(nullptr, &ctx) < 0) throw std::runtime_error("CVODE: no context");
  y = N_VNew_Serial(n, ctx);
  mem = CVodeCreate(CV_BDF, ctx);
  if (!y || !mem) {
    release();
    throw std::runtime_error("CVODE could not allocate its state");
  }
}

CvodeSession::~CvodeSession() {
  release();
}

void CvodeSession::release() {
  if (mem) CVodeFree(&mem);
  if (LS) SUNLinSolFree(LS);
  if (A) SUNMatDestroy(A);
  if (y) N_VDestroy(y);
  if (ctx) SUNContext_Free(&ctx);
  mem = nullptr, LS = nullptr, A = nullptr, y = nullptr, ctx = nullptr;
}

void CvodeSession::init(CVRhsFn rhs, double t0, void* user) {
  check(CVodeSetErrHandlerFn(mem, capture_error, this), "error handler");
  check(CVodeInit(mem, rhs, t0, y), "init");
  check(CVodeSetUserData(mem, user), "user data");
}

void CvodeSession::check(int flag, const char* what) const {
  if (flag >= 0) return;
  char* name = CVodeGetReturnFlagName(flag);  // allocated by SUNDIALS: ours to free
  std::string text = fmt::format("CVODE {} failed: {}", what, name ? name : "unknown flag");
  std::free(name);
  if (!last_error.empty()) text += " (" + last_error + ")";
  throw std::runtime_error(text);
}

}  // namespace dermasim::numerics
