#include "sandbox/http/search_index.hpp"

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/state/world.hpp"

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::string_view kind = "search_index_pending";

Response control_set_pending(Call& call) {
    FormErrors errors;
    const auto id = errors.snowflake(call.body(), "id", true);
    const auto answers = errors.integer(call.body(), "answers", 0, 1000, false);
    const auto retry_after = errors.integer(call.body(), "retry_after", 0, 3600, false);
    errors.raise_if_any();
    World& world = call.world();
    if (!world.guild(*id) && !world.channel(*id)) throw api_errors::not_found();
    auto& store = world.entities(kind);
    if (answers.value_or(1) == 0) {
        store.erase(*id);
    } else {
        store[*id] = json::object{{"answers", answers.value_or(1)},
                                  {"retry_after", retry_after.value_or(2)}};
    }
    return Response::json(200, json::object{{"ok", true}});
}

}  // namespace

std::optional<Response> index_not_ready(Call& call, Snowflake scope) {
    auto& store = call.world().entities(kind);
    auto it = store.find(scope);
    if (it == store.end()) return std::nullopt;
    const auto retry_after = it->second.at("retry_after").to_number<std::int64_t>();
    auto& answers = it->second["answers"];
    const auto left = answers.to_number<std::int64_t>() - 1;
    if (left <= 0) {
        store.erase(it);
    } else {
        answers = left;
    }
    return Response::json(202, json::object{{"message", "Index not yet available. Try again later"},
                                            {"code", 110000},
                                            {"documents_indexed", 0},
                                            {"retry_after", retry_after}});
}

void add_search_index_control_routes(Router& control) {
    control.add("POST", "/search-index", "", control_set_pending);
}

}  // namespace hikari::sandbox
