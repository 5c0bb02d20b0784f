#include <hikari/model/json_error.hpp>

#include <utility>

namespace hikari {

namespace {
std::string describe(const std::string& path, const std::string& reason) {
    if (path.empty()) return reason;
    return path + ": " + reason;
}

// "a" + ".b" but "a" + "[0]": an index attaches without a dot.
std::string join(std::string head, const std::string& tail) {
    if (!tail.empty() && tail.front() != '[') head.push_back('.');
    head += tail;
    return head;
}
}  // namespace

JsonError::JsonError(std::string path, std::string reason)
    : ParseError(describe(path, reason)), path_(std::move(path)), reason_(std::move(reason)) {}

JsonError JsonError::within_key(std::string_view key) const {
    return {join(std::string(key), path_), reason_};
}

JsonError JsonError::within_index(std::size_t index) const {
    return {join("[" + std::to_string(index) + "]", path_), reason_};
}

}  // namespace hikari
