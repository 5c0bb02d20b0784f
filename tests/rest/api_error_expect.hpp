#pragma once
// Runs a call that must fail with a typed HTTP error and returns the error, so a test can
// check Discord's code and the errors tree.

#include <hikari/core/errors.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace hikari::testing {

/// The error of type E that `call` throws; fails the test (and returns nullopt) otherwise.
template <class E, class Call>
std::optional<E> expect_error(Call&& call) {
    try {
        call();
    } catch (const E& e) {
        return e;
    } catch (const std::exception& e) {
        ADD_FAILURE() << "unexpected error type: " << e.what();
        return std::nullopt;
    }
    ADD_FAILURE() << "the call succeeded";
    return std::nullopt;
}

/// True when the errors tree names `path`.
inline bool names_field(const HTTPResponseError& e, std::string_view path) {
    for (const auto& f : e.errors()) {
        if (f.path == path) return true;
    }
    return false;
}

}  // namespace hikari::testing
