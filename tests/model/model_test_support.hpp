#pragma once
// Checks shared by the model tests: a model survives writing and reading back, and a bad
// document's JsonError message (which names the path of the offending field).

#include <hikari/model/entity_factory.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace hikari::model_testing {

/// Writes, reads back and writes again: the two texts must match and the models too.
template <class T>
void expect_round_trip(const T& value) {
    const std::string first = to_json(value);
    const T again = from_json<T>(first);
    EXPECT_EQ(again, value);
    EXPECT_EQ(to_json(again), first);
}

/// The message of the JsonError that reading `json` as a T throws; "parsed" when it reads
/// without error, so that a comparison with the expected message fails saying so.
template <class T>
std::string error_of(std::string_view json) {
    try {
        (void)from_json<T>(json);
    } catch (const JsonError& e) {
        return e.what();
    }
    return "parsed";
}

}  // namespace hikari::model_testing
