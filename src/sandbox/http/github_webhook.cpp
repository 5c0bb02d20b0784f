#include "sandbox/http/github_webhook.hpp"

#include "sandbox/http/form_errors.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

// Colours of the embeds, one per kind of news.
constexpr std::int64_t neutral = 0x7289DA;
constexpr std::int64_t opened = 0x3CA553;  // opened, created, published
constexpr std::int64_t closed = 0xE5533D;  // closed, deleted

/// A string member, "" when absent or not a string.
std::string text(const json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

/// A required object member, recorded as a 50035 error when missing.
const json::object* need(FormErrors& errors, const json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    if (v && v->is_object()) return &v->get_object();
    errors.add(key, "BASE_TYPE_REQUIRED", "This field is required");
    return nullptr;
}

std::string number(const json::object& o) {
    const auto* v = o.if_contains("number");
    return v && v->is_int64() ? std::to_string(v->get_int64()) : std::string("?");
}

/// Discord cuts long bodies and commit messages.
std::string clip(std::string s, std::size_t max) {
    if (s.size() > max) s = s.substr(0, max - 3) + "...";
    return s;
}

}  // namespace

std::optional<json::object> github_to_message(std::string_view event, const json::object& payload) {
    static constexpr std::array supported{"commit_comment",
                                          "create",
                                          "delete",
                                          "fork",
                                          "issue_comment",
                                          "issues",
                                          "member",
                                          "public",
                                          "pull_request",
                                          "pull_request_review",
                                          "pull_request_review_comment",
                                          "push",
                                          "release",
                                          "watch",
                                          "check_run",
                                          "check_suite",
                                          "discussion",
                                          "discussion_comment"};
    if (std::find(supported.begin(), supported.end(), event) == supported.end()) {
        return std::nullopt;  // ping and everything else: accepted, nothing posted
    }
    FormErrors errors;
    const json::object* sender = need(errors, payload, "sender");
    const json::object* repo = need(errors, payload, "repository");
    errors.raise_if_any();
    const std::string action = text(payload, "action");
    const std::string repo_name = text(*repo, "full_name");
    json::object embed{{"type", "rich"}, {"color", neutral}};
    embed["author"] = json::object{{"name", text(*sender, "login")},
                                   {"url", text(*sender, "html_url")},
                                   {"icon_url", text(*sender, "avatar_url")}};
    const auto item = [&](std::string_view key) { return need(errors, payload, key); };

    if (event == "push") {
        const std::string ref = text(payload, "ref");
        const std::string branch = ref.substr(ref.rfind('/') + 1);
        const auto* commits = payload.if_contains("commits");
        const std::size_t count = commits && commits->is_array() ? commits->get_array().size() : 0;
        if (count == 0) return std::nullopt;  // a branch push without commits posts nothing
        embed["title"] = "[" + repo_name + ":" + branch + "] " + std::to_string(count) +
                         " new commit" + (count == 1 ? "" : "s");
        embed["url"] = text(payload, "compare");
        std::string lines;
        for (const auto& c : commits->get_array()) {
            if (!c.is_object()) continue;
            const auto& commit = c.get_object();
            const std::string id = text(commit, "id").substr(0, 7);
            const std::string message = text(commit, "message");
            const auto* author = commit.if_contains("author");
            const std::string who =
                author && author->is_object() ? text(author->get_object(), "name") : std::string();
            lines += "[`" + id + "`](" + text(commit, "url") + ") " +
                     clip(message.substr(0, message.find('\n')), 50) + " - " + who + "\n";
        }
        embed["description"] = clip(lines, 4096);
    } else if (event == "issues" || event == "pull_request") {
        const bool is_pr = event == "pull_request";
        const json::object* issue = item(is_pr ? "pull_request" : "issue");
        errors.raise_if_any();
        if (action != "opened" && action != "closed" && action != "reopened") return std::nullopt;
        embed["title"] = "[" + repo_name + "] " + (is_pr ? "Pull request " : "Issue ") + action +
                         ": #" + number(*issue) + " " + text(*issue, "title");
        embed["url"] = text(*issue, "html_url");
        if (action == "opened") {
            embed["color"] = opened;
            if (auto body = text(*issue, "body"); !body.empty())
                embed["description"] = clip(body, 500);
        } else if (action == "closed") {
            embed["color"] = closed;
        }
    } else if (event == "issue_comment" || event == "commit_comment" ||
               event == "pull_request_review_comment" || event == "discussion_comment") {
        const json::object* comment = item("comment");
        errors.raise_if_any();
        if (!action.empty() && action != "created") return std::nullopt;
        std::string on = "commit";
        if (event == "issue_comment") {
            const auto* issue = payload.if_contains("issue");
            on = issue && issue->is_object() ? "issue #" + number(issue->get_object()) + ": " +
                                                   text(issue->get_object(), "title")
                                             : "issue";
        } else if (event == "pull_request_review_comment") {
            on = "pull request";
        } else if (event == "discussion_comment") {
            on = "discussion";
        }
        embed["title"] = "[" + repo_name + "] New comment on " + on;
        embed["url"] = text(*comment, "html_url");
        embed["description"] = clip(text(*comment, "body"), 500);
    } else if (event == "release") {
        const json::object* release = item("release");
        errors.raise_if_any();
        if (action != "published") return std::nullopt;
        embed["title"] = "[" + repo_name + "] New release published: " + text(*release, "tag_name");
        embed["url"] = text(*release, "html_url");
        embed["color"] = opened;
    } else if (event == "watch") {
        embed["title"] = "[" + repo_name + "] New star added";
        embed["url"] = text(*repo, "html_url");
    } else if (event == "fork") {
        const json::object* forkee = item("forkee");
        errors.raise_if_any();
        embed["title"] = "[" + repo_name + "] Fork created: " + text(*forkee, "full_name");
        embed["url"] = text(*forkee, "html_url");
    } else if (event == "create" || event == "delete") {
        embed["title"] = "[" + repo_name + "] New " + text(payload, "ref_type") + " " +
                         (event == "create" ? "created" : "deleted") + ": " + text(payload, "ref");
        embed["color"] = event == "create" ? opened : closed;
    } else {
        // member, public, reviews, checks, discussions: a one-line notice.
        embed["title"] =
            "[" + repo_name + "] " + std::string(event) + (action.empty() ? "" : " " + action);
        embed["url"] = text(*repo, "html_url");
    }
    return json::object{{"embeds", json::array{std::move(embed)}}};
}

}  // namespace hikari::sandbox
