// Stickers: Discord's packs, and a guild's own (created by multipart upload).

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"
#include "rest/client/message_body.hpp"
#include "rest/http/multipart.hpp"

namespace hikari {

using namespace rest;

namespace {

StickerPack parse_pack(std::string_view json) {
    const JsonFields fields(json);
    StickerPack pack;
    const auto pack_id = fields.id("id");
    const auto sku = fields.id("sku_id");
    if (!pack_id || !sku) throw ParseError("a sticker pack in the response lacks id or sku_id");
    pack.id = *pack_id;
    pack.stickers = parse_list<Sticker>(fields.at("stickers"));
    pack.name = fields.string("name");
    pack.sku_id = *sku;
    pack.cover_sticker_id = fields.id("cover_sticker_id");
    pack.description = fields.string("description");
    pack.banner_asset_id = fields.id("banner_asset_id");
    return pack;
}

}  // namespace

Task<Sticker> RESTClient::fetch_sticker(Snowflake sticker) {
    return impl_->request_model<Sticker>(spec(routes::get_sticker, {sticker}));
}

Task<std::vector<StickerPack>> RESTClient::fetch_sticker_packs() {
    auto request_spec = spec(routes::get_sticker_packs, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_each<StickerPack>(JsonFields(response.body).at("sticker_packs"), parse_pack);
}

Task<StickerPack> RESTClient::fetch_sticker_pack(Snowflake pack) {
    auto request_spec = spec(routes::get_sticker_pack, {pack});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_pack(response.body);
}

Task<std::vector<Sticker>> RESTClient::fetch_guild_stickers(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_stickers, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Sticker>(response.body);
}

Task<Sticker> RESTClient::fetch_guild_sticker(Snowflake guild, Snowflake sticker) {
    return impl_->request_model<Sticker>(spec(routes::get_guild_sticker, {guild, sticker}));
}

Task<Sticker> RESTClient::create_guild_sticker(Snowflake guild, StickerCreateOptions o,
                                               std::optional<std::string> reason) {
    if (o.name.size() < 2 || o.name.size() > 30) {
        throw ValueError("a sticker name must be 2 to 30 characters");
    }
    if (!o.description.empty() && (o.description.size() < 2 || o.description.size() > 100)) {
        throw ValueError("a sticker description must be empty or 2 to 100 characters");
    }
    if (o.tags.empty() || o.tags.size() > 200)
        throw ValueError("sticker tags must be 1 to 200 characters");
    if (!o.file) throw ValueError("a sticker needs a file");
    std::vector<http::MultipartPart> parts;
    parts.push_back({"name", std::nullopt, "", o.name});
    parts.push_back({"description", std::nullopt, "", o.description});
    parts.push_back({"tags", std::nullopt, "", o.tags});
    parts.push_back(file_part("file", *o.file));
    return impl_->request_model<Sticker>(
        with_body(spec(routes::post_guild_sticker, {guild}, std::move(reason)),
                  http::make_multipart(parts, http::random_boundary())));
}

// Options by value as everywhere in RESTClient: a method may become a coroutine.
Task<Sticker> RESTClient::edit_guild_sticker(
    Snowflake guild, Snowflake sticker,
    StickerEditOptions o,  // NOLINT(performance-unnecessary-value-param)
    std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "description", o.description, write_string);
    put(w, "tags", o.tags, write_string);
    w.end_object();
    return impl_->request_model<Sticker>(
        with_body(spec(routes::patch_guild_sticker, {guild, sticker}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<void> RESTClient::delete_guild_sticker(Snowflake guild, Snowflake sticker,
                                            std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_guild_sticker, {guild, sticker}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
