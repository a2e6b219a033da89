/** Sharing packs without a server: address policy, bounded fetch, packs inside links. */
export {
	checkPackUrl,
	fileNameOf,
	MAX_PACK_URL_LENGTH,
	type UrlCheck,
	type UrlRefusal
} from './url-policy';
export { fetchPackFile, type FetchRefusal, type FetchResult } from './fetch-pack';
export {
	decodePayload,
	encodePayload,
	hostedLink,
	inlineLink,
	payloadFromHash,
	MAX_LINK_LENGTH,
	type DecodeRefusal,
	type InlineLink
} from './link-codec';
