// The CloudFront function in front of the public area (viewer request): S3 has no index documents
// behind origin access control, so a page's address is given its object's name here.
import { PAGE_WITHOUT_SLASH } from '../../../shared/domain/public-addresses.js';

/**
 * The function's JavaScript (CloudFront Functions, runtime cloudfront-js-2.0): "/ita/{org}/{fy}/"
 * (any address ending in "/") -> ".../index.html"; "/ita/{org}/{fy}" -> 301 to it with the slash
 * (PAGE_WITHOUT_SLASH, the local server's rule too); anything else passed on unchanged.
 */
export function itaIndexFunctionCode(): string {
  return (
    'function handler(event){var r=event.request;' +
    "if(r.uri.endsWith('/')){r.uri+='index.html';}" +
    `else if(${PAGE_WITHOUT_SLASH.toString()}.test(r.uri)){` +
    "return {statusCode:301,statusDescription:'Moved Permanently',headers:{location:{value:r.uri+'/'}}};}" +
    'return r;}'
  );
}
