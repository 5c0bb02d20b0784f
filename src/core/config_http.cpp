// HTTPSettings validation.

#include <hikari/core/config.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <fstream>
#include <system_error>

namespace hikari {

namespace {

using Timeout = std::optional<std::chrono::milliseconds>;

void check_positive(const Timeout& timeout, std::string_view field) {
    if (timeout && timeout->count() <= 0) {
        throw ValueError(
            fmt::format("HTTPSettings::{} must be positive, got {}; use std::nullopt for no limit",
                        field, *timeout));
    }
}

void check_within_total(const Timeout& timeout, const Timeout& total, std::string_view field) {
    if (timeout && total && *timeout > *total) {
        throw ValueError(fmt::format(
            "HTTPSettings::{} ({}) is longer than total_timeout ({}) and could never expire; "
            "lower it or raise total_timeout",
            field, *timeout, *total));
    }
}

}  // namespace

void HTTPSettings::validate() const {
    check_positive(connect_timeout, "connect_timeout");
    check_positive(read_timeout, "read_timeout");
    check_positive(total_timeout, "total_timeout");
    check_within_total(connect_timeout, total_timeout, "connect_timeout");
    check_within_total(read_timeout, total_timeout, "read_timeout");
    if (max_redirects < 0) {
        throw ValueError(fmt::format(
            "HTTPSettings::max_redirects must be 0 or more, got {}; use 0 to never follow "
            "redirects",
            max_redirects));
    }
    if (ca_file) {
        std::error_code ec;
        const bool regular = std::filesystem::is_regular_file(*ca_file, ec);
        if (!regular || !std::ifstream{*ca_file}.good()) {
            throw ValueError(fmt::format(
                "HTTPSettings::ca_file \"{}\" is not a readable file; give the path of a PEM file "
                "of CA certificates, or leave it unset to use the system's",
                ca_file->string()));
        }
    }
}

}  // namespace hikari
