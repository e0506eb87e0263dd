/* eslint-disable */
// @ts-nocheck
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, schemas/manifest.schema.json, schemas/wire/envelope.schema.json, schemas/wire/mcp-server.schema.json, schemas/wire/mcp-portal.schema.json, schemas/wire/access-policy.schema.json, schemas/wire/access-app.schema.json, schemas/wire/service-token.schema.json, schemas/wire/access-group.schema.json, schemas/wire/access-tag.schema.json, schemas/wire/dns-record.schema.json, schemas/wire/identity-provider.schema.json, schemas/wire/request-log.schema.json, schemas/formats.ts
 * (sources sha256 429b4d63b80d57b0; ajv 8.20.0 standalone). DO NOT EDIT: run `npm run gen`.
 * Precompiled validators for every manifest kind, keyed by schema reference.
 */
import type { ErrorObject } from 'ajv';
import { ALL_FORMATS as __formats } from '../formats.js';
import * as __ajv from '../ajv-runtime.js';

/** A validator: true when valid, else false with `errors` set. */
export type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const v0 = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"AccessGroup","description":"A reusable Access group (Cloudflare's /access/groups): a named rule set that policies match with the group selector (group: <name>). A user is in the group when they match one include rule, every require rule and no exclude rule.","type":"object","definitions":{"Spec":{"type":"object","x-replace-on-change":[],"additionalProperties":false,"required":["include"],"properties":{"include":{"description":"Rules of which at least one must match (OR).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"minItems":1},"require":{"description":"Rules that must all match (AND).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"exclude":{"description":"Rules of which none may match (NOT).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"isDefault":{"description":"Whether this is the account's default group (Cloudflare's is_default).","type":"boolean","default":false}}}},"properties":{"apiVersion":{"$ref":"common.schema.json#/definitions/ApiVersion"},"kind":{"type":"string","const":"AccessGroup"},"metadata":{"allOf":[{"$ref":"common.schema.json#/definitions/Metadata"},{"properties":{"name":{"$ref":"common.schema.json#/definitions/GroupName"}}}]},"spec":{"$ref":"#/definitions/Spec"}},"required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"examples":[{"apiVersion":"mcpportal/v1","kind":"AccessGroup","metadata":{"name":"platform"},"spec":{"include":[{"oidc":{"claimName":"groups","claimValue":"platform","identityProviderId":"6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f"}}]}}]};
const schema14 = {"description":"The manifest format version.","type":"string","const":"mcpportal/v1"};
const schema18 = {"description":"An Access group name, as the API shows it: 1-100 characters, no control characters, no leading or trailing space.","type":"string","minLength":1,"maxLength":100,"pattern":"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$","examples":["platform"]};
const schema15 = {"description":"Identity of the resource.","type":"object","properties":{"name":{"description":"Unique per kind within the manifests.","type":"string"},"labels":{"$ref":"#/definitions/Labels"},"annotations":{"$ref":"#/definitions/Labels"},"managementPolicy":{"description":"How the reconciler treats the object. `full` (the default): plan, apply and the controller create, update and replace it to match the manifest. `observe`: never written; plan shows its differences with the note \"observe only\" and no operations, apply leaves it alone, and the controller reports them as drift (condition Synced=False, reason ObserveOnly). Objects that reference it still need it to exist.","type":"string","enum":["full","observe"],"default":"full"},"deletionPolicy":{"description":"What happens to the live object once its manifest is removed. `delete` (the default): `--prune` deletes it. `orphan`: never deleted, even with `--prune`; it is left in place and plan notes it as orphaned. The policy of the manifest last applied counts (it is recorded with what was applied), so set it and apply before removing the manifest.","type":"string","enum":["delete","orphan"],"default":"delete"}},"required":["name"],"additionalProperties":false};
const schema16 = {"description":"Free-form key/value pairs for your own tooling. Not sent to the API.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},"additionalProperties":{"type":"string","maxLength":253}};
const pattern0 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$", "u");
const func2 = __ajv.ucs2length;

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "labels")) || (key0 === "annotations")) || (key0 === "managementPolicy")) || (key0 === "deletionPolicy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func2(data2) > 253){
const err5 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.annotations !== undefined){
let data3 = data.annotations;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs14 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err8 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
const err9 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func2(data4) > 253){
const err10 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.managementPolicy !== undefined){
let data5 = data.managementPolicy;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.managementPolicy.type,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "full") || (data5 === "observe"))){
const err14 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.managementPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.managementPolicy.enum,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.deletionPolicy !== undefined){
let data6 = data.deletionPolicy;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.deletionPolicy.type,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === "delete") || (data6 === "orphan"))){
const err16 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.deletionPolicy.enum,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","x-replace-on-change":[],"additionalProperties":false,"required":["include"],"properties":{"include":{"description":"Rules of which at least one must match (OR).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"minItems":1},"require":{"description":"Rules that must all match (AND).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"exclude":{"description":"Rules of which none may match (NOT).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"isDefault":{"description":"Whether this is the account's default group (Cloudflare's is_default).","type":"boolean","default":false}}};
const schema20 = {"description":"One Access rule selector: an object with exactly one key. AccessPolicy and AccessGroup rules share it; the reconciler maps each key to the Cloudflare API's (e.g. azureAd -> azureAD, githubOrganization -> github-organization).","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"email":{"description":"A user's exact email address.","type":"string","format":"email","examples":["alice@example.com"]},"emailDomain":{"description":"Every user whose email is in this domain.","type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$","format":"domain","examples":["example.com"]},"emailList":{"description":"The id of an Access list of emails.","type":"string","minLength":1},"everyone":{"description":"Everyone who authenticates.","type":"boolean","const":true},"group":{"description":"An Access group: the name of an AccessGroup manifest (or of a live Access group), resolved to the group's id when planning.","type":"string","minLength":1,"examples":["platform"]},"ip":{"description":"A client IP range in CIDR notation.","type":"string","pattern":"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$","format":"cidr","examples":["10.0.0.0/8"]},"ipList":{"description":"The id of an Access list of IP ranges.","type":"string","minLength":1},"geo":{"description":"A two-letter country code.","type":"string","pattern":"^[A-Z]{2}$","format":"country-code","examples":["US"]},"loginMethod":{"description":"The id of the identity provider the user logged in with.","type":"string","minLength":1},"authMethod":{"description":"An authentication method (RFC 8176 AMR value).","type":"string","minLength":1,"examples":["mfa"]},"serviceToken":{"description":"The id of one service token.","type":"string","minLength":1},"anyValidServiceToken":{"description":"Any valid service token.","type":"boolean","const":true},"certificate":{"description":"Any valid mTLS client certificate.","type":"boolean","const":true},"commonName":{"description":"The common name of an mTLS client certificate.","type":"string","minLength":1},"devicePosture":{"description":"A device posture check: its integration uid, or {integrationUid, accountId} for a check owned by another account.","oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["integrationUid","accountId"],"properties":{"integrationUid":{"type":"string","minLength":1},"accountId":{"type":"string","minLength":1,"description":"The account that owns the device posture integration."}}}]},"cloudflareAccountMember":{"description":"A member of the Cloudflare account (true), or of the account given as {accountId}.","oneOf":[{"type":"boolean","const":true},{"type":"object","additionalProperties":false,"required":["accountId"],"properties":{"accountId":{"type":"string","minLength":1}}}]},"linkedAppToken":{"description":"The uid of a linked Access application.","type":"string","minLength":1},"userRiskScore":{"description":"User risk score levels.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["low","medium","high","unscored"]}},"githubOrganization":{"description":"A GitHub organization, and optionally a team (the API's github-organization selector).","type":"object","additionalProperties":false,"required":["name","identityProviderId"],"properties":{"name":{"type":"string","minLength":1},"team":{"type":"string"},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"gsuite":{"description":"A Google Workspace group email.","type":"object","additionalProperties":false,"required":["email","identityProviderId"],"properties":{"email":{"type":"string","format":"email"},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"azureAd":{"description":"An Azure AD group id (the API's azureAD selector).","type":"object","additionalProperties":false,"required":["id","identityProviderId"],"properties":{"id":{"type":"string","minLength":1},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"okta":{"description":"An Okta group name.","type":"object","additionalProperties":false,"required":["name","identityProviderId"],"properties":{"name":{"type":"string","minLength":1},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"saml":{"description":"A SAML attribute.","type":"object","additionalProperties":false,"required":["attributeName","attributeValue","identityProviderId"],"properties":{"attributeName":{"type":"string","minLength":1},"attributeValue":{"type":"string"},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"oidc":{"description":"An OIDC claim.","type":"object","additionalProperties":false,"required":["claimName","claimValue","identityProviderId"],"properties":{"claimName":{"type":"string","minLength":1},"claimValue":{"type":"string"},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"authContext":{"description":"An Azure AD authentication context.","type":"object","additionalProperties":false,"required":["id","acId","identityProviderId"],"properties":{"id":{"type":"string"},"acId":{"type":"string"},"identityProviderId":{"type":"string","minLength":1,"description":"The identity provider's id."}}},"externalEvaluation":{"description":"An external evaluation endpoint.","type":"object","additionalProperties":false,"required":["evaluateUrl","keysUrl"],"properties":{"evaluateUrl":{"type":"string","format":"uri"},"keysUrl":{"type":"string","format":"uri"}}}}};
const func7 = Object.prototype.hasOwnProperty;
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats2 = __formats.domain;
const formats4 = __formats.cidr;
const formats6 = __formats["country-code"];
const formats10 = __formats.uri;
const pattern3 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$", "u");
const pattern4 = new RegExp("^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$", "u");
const pattern5 = new RegExp("^[A-Z]{2}$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.include === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "include") || (key0 === "require")) || (key0 === "exclude")) || (key0 === "isDefault"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.include !== undefined){
let data0 = data.include;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.include,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 1){
const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!(func7.call(schema20.properties, key1))){
const err5 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.email !== undefined){
let data2 = data1.email;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err6 = {instancePath:instancePath+"/include/" + i0+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.email,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/include/" + i0+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.email.type,parentSchema:schema20.properties.email,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.emailDomain !== undefined){
let data3 = data1.emailDomain;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err8 = {instancePath:instancePath+"/include/" + i0+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema20.properties.emailDomain,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats2(data3))){
const err9 = {instancePath:instancePath+"/include/" + i0+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/format",keyword:"format",params:{format: "domain"},message:"must match format \""+"domain"+"\"",schema:"domain",parentSchema:schema20.properties.emailDomain,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/include/" + i0+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailDomain.type,parentSchema:schema20.properties.emailDomain,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.emailList !== undefined){
let data4 = data1.emailList;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/include/" + i0+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.emailList,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/include/" + i0+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailList.type,parentSchema:schema20.properties.emailList,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.everyone !== undefined){
let data5 = data1.everyone;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/include/" + i0+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.everyone.type,parentSchema:schema20.properties.everyone,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(true !== data5){
const err14 = {instancePath:instancePath+"/include/" + i0+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.everyone,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.group !== undefined){
let data6 = data1.group;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err15 = {instancePath:instancePath+"/include/" + i0+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.group,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/include/" + i0+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.group.type,parentSchema:schema20.properties.group,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.ip !== undefined){
let data7 = data1.ip;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err17 = {instancePath:instancePath+"/include/" + i0+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"+"\"",schema:"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$",parentSchema:schema20.properties.ip,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats4(data7))){
const err18 = {instancePath:instancePath+"/include/" + i0+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/format",keyword:"format",params:{format: "cidr"},message:"must match format \""+"cidr"+"\"",schema:"cidr",parentSchema:schema20.properties.ip,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/include/" + i0+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ip.type,parentSchema:schema20.properties.ip,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.ipList !== undefined){
let data8 = data1.ipList;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/include/" + i0+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.ipList,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/include/" + i0+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipList.type,parentSchema:schema20.properties.ipList,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.geo !== undefined){
let data9 = data1.geo;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err22 = {instancePath:instancePath+"/include/" + i0+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema20.properties.geo,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats6(data9))){
const err23 = {instancePath:instancePath+"/include/" + i0+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/format",keyword:"format",params:{format: "country-code"},message:"must match format \""+"country-code"+"\"",schema:"country-code",parentSchema:schema20.properties.geo,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/include/" + i0+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.geo.type,parentSchema:schema20.properties.geo,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.loginMethod !== undefined){
let data10 = data1.loginMethod;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err25 = {instancePath:instancePath+"/include/" + i0+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.loginMethod,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/include/" + i0+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.loginMethod.type,parentSchema:schema20.properties.loginMethod,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.authMethod !== undefined){
let data11 = data1.authMethod;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err27 = {instancePath:instancePath+"/include/" + i0+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authMethod,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/include/" + i0+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authMethod.type,parentSchema:schema20.properties.authMethod,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.serviceToken !== undefined){
let data12 = data1.serviceToken;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err29 = {instancePath:instancePath+"/include/" + i0+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.serviceToken,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/include/" + i0+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.serviceToken.type,parentSchema:schema20.properties.serviceToken,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.anyValidServiceToken !== undefined){
let data13 = data1.anyValidServiceToken;
if(typeof data13 !== "boolean"){
const err31 = {instancePath:instancePath+"/include/" + i0+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.anyValidServiceToken.type,parentSchema:schema20.properties.anyValidServiceToken,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(true !== data13){
const err32 = {instancePath:instancePath+"/include/" + i0+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.anyValidServiceToken,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data1.certificate !== undefined){
let data14 = data1.certificate;
if(typeof data14 !== "boolean"){
const err33 = {instancePath:instancePath+"/include/" + i0+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.certificate.type,parentSchema:schema20.properties.certificate,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(true !== data14){
const err34 = {instancePath:instancePath+"/include/" + i0+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.certificate,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.commonName !== undefined){
let data15 = data1.commonName;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err35 = {instancePath:instancePath+"/include/" + i0+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.commonName,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/include/" + i0+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.commonName.type,parentSchema:schema20.properties.commonName,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data1.devicePosture !== undefined){
let data16 = data1.devicePosture;
const _errs38 = errors;
let valid5 = false;
let passing0 = null;
const _errs39 = errors;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err37 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[0].type,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs41 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.integrationUid === undefined){
const err39 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "integrationUid"},message:"must have required property '"+"integrationUid"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data16.accountId === undefined){
const err40 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key2 in data16){
if(!((key2 === "integrationUid") || (key2 === "accountId"))){
const err41 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data16.integrationUid !== undefined){
let data17 = data16.integrationUid;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err42 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.accountId !== undefined){
let data18 = data16.accountId;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err44 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.devicePosture.oneOf[1].type,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err47 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.properties.devicePosture.oneOf,parentSchema:schema20.properties.devicePosture,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data1.cloudflareAccountMember !== undefined){
let data19 = data1.cloudflareAccountMember;
const _errs49 = errors;
let valid7 = false;
let passing1 = null;
const _errs50 = errors;
if(typeof data19 !== "boolean"){
const err48 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.cloudflareAccountMember.oneOf[0].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(true !== data19){
const err49 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid1 = _errs50 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs52 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.accountId === undefined){
const err50 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.cloudflareAccountMember.oneOf[1].required,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key3 in data19){
if(!(key3 === "accountId")){
const err51 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data19.accountId !== undefined){
let data20 = data19.accountId;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err52 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.cloudflareAccountMember.oneOf[1].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err55 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema20.properties.cloudflareAccountMember.oneOf,parentSchema:schema20.properties.cloudflareAccountMember,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data1.linkedAppToken !== undefined){
let data21 = data1.linkedAppToken;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err56 = {instancePath:instancePath+"/include/" + i0+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.linkedAppToken,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/include/" + i0+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.linkedAppToken.type,parentSchema:schema20.properties.linkedAppToken,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data1.userRiskScore !== undefined){
let data22 = data1.userRiskScore;
if(Array.isArray(data22)){
if(data22.length < 1){
const err58 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.userRiskScore,data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 !== "string"){
const err59 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore/" + i1,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.userRiskScore.items.type,parentSchema:schema20.properties.userRiskScore.items,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!((((data23 === "low") || (data23 === "medium")) || (data23 === "high")) || (data23 === "unscored"))){
const err60 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore/" + i1,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/enum",keyword:"enum",params:{allowedValues: schema20.properties.userRiskScore.items.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.userRiskScore.items.enum,parentSchema:schema20.properties.userRiskScore.items,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let i2 = data22.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data22[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err61 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema20.properties.userRiskScore,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err62 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.userRiskScore.type,parentSchema:schema20.properties.userRiskScore,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data1.githubOrganization !== undefined){
let data24 = data1.githubOrganization;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err63 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data24.identityProviderId === undefined){
const err64 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data24};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key4 in data24){
if(!(((key4 === "name") || (key4 === "team")) || (key4 === "identityProviderId"))){
const err65 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.githubOrganization,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err66 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.name,data:data25};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.name.type,parentSchema:schema20.properties.githubOrganization.properties.name,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data24.team !== undefined){
let data26 = data24.team;
if(typeof data26 !== "string"){
const err68 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/team",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.team.type,parentSchema:schema20.properties.githubOrganization.properties.team,data:data26};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data24.identityProviderId !== undefined){
let data27 = data24.identityProviderId;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err69 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data27};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.identityProviderId.type,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data27};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.githubOrganization.type,parentSchema:schema20.properties.githubOrganization,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data1.gsuite !== undefined){
let data28 = data1.gsuite;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.email === undefined){
const err72 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data28};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data28.identityProviderId === undefined){
const err73 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key5 in data28){
if(!((key5 === "email") || (key5 === "identityProviderId"))){
const err74 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.gsuite,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data28.email !== undefined){
let data29 = data28.email;
if(typeof data29 === "string"){
if(!(formats0.test(data29))){
const err75 = {instancePath:instancePath+"/include/" + i0+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.gsuite.properties.email,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/include/" + i0+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.email.type,parentSchema:schema20.properties.gsuite.properties.email,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data28.identityProviderId !== undefined){
let data30 = data28.identityProviderId;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err77 = {instancePath:instancePath+"/include/" + i0+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data30};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/include/" + i0+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.identityProviderId.type,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.gsuite.type,parentSchema:schema20.properties.gsuite,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data1.azureAd !== undefined){
let data31 = data1.azureAd;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.id === undefined){
const err80 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data31.identityProviderId === undefined){
const err81 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key6 in data31){
if(!((key6 === "id") || (key6 === "identityProviderId"))){
const err82 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.azureAd,data:data31};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data31.id !== undefined){
let data32 = data31.id;
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err83 = {instancePath:instancePath+"/include/" + i0+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.id,data:data32};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/include/" + i0+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.id.type,parentSchema:schema20.properties.azureAd.properties.id,data:data32};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data31.identityProviderId !== undefined){
let data33 = data31.identityProviderId;
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err85 = {instancePath:instancePath+"/include/" + i0+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/include/" + i0+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.identityProviderId.type,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data33};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.azureAd.type,parentSchema:schema20.properties.azureAd,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data1.okta !== undefined){
let data34 = data1.okta;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.name === undefined){
const err88 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data34};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data34.identityProviderId === undefined){
const err89 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data34};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key7 in data34){
if(!((key7 === "name") || (key7 === "identityProviderId"))){
const err90 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.okta,data:data34};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data34.name !== undefined){
let data35 = data34.name;
if(typeof data35 === "string"){
if(func2(data35) < 1){
const err91 = {instancePath:instancePath+"/include/" + i0+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.name,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/include/" + i0+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.name.type,parentSchema:schema20.properties.okta.properties.name,data:data35};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data34.identityProviderId !== undefined){
let data36 = data34.identityProviderId;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err93 = {instancePath:instancePath+"/include/" + i0+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data36};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/include/" + i0+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.identityProviderId.type,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.okta.type,parentSchema:schema20.properties.okta,data:data34};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data1.saml !== undefined){
let data37 = data1.saml;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.attributeName === undefined){
const err96 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeName"},message:"must have required property '"+"attributeName"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data37};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data37.attributeValue === undefined){
const err97 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeValue"},message:"must have required property '"+"attributeValue"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data37};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data37.identityProviderId === undefined){
const err98 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data37};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key8 in data37){
if(!(((key8 === "attributeName") || (key8 === "attributeValue")) || (key8 === "identityProviderId"))){
const err99 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.saml,data:data37};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data37.attributeName !== undefined){
let data38 = data37.attributeName;
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err100 = {instancePath:instancePath+"/include/" + i0+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.attributeName,data:data38};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/include/" + i0+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeName.type,parentSchema:schema20.properties.saml.properties.attributeName,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data37.attributeValue !== undefined){
let data39 = data37.attributeValue;
if(typeof data39 !== "string"){
const err102 = {instancePath:instancePath+"/include/" + i0+"/saml/attributeValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeValue.type,parentSchema:schema20.properties.saml.properties.attributeValue,data:data39};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data37.identityProviderId !== undefined){
let data40 = data37.identityProviderId;
if(typeof data40 === "string"){
if(func2(data40) < 1){
const err103 = {instancePath:instancePath+"/include/" + i0+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data40};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/include/" + i0+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.identityProviderId.type,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data40};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.saml.type,parentSchema:schema20.properties.saml,data:data37};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data1.oidc !== undefined){
let data41 = data1.oidc;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.claimName === undefined){
const err106 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimName"},message:"must have required property '"+"claimName"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data41};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data41.claimValue === undefined){
const err107 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimValue"},message:"must have required property '"+"claimValue"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data41};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data41.identityProviderId === undefined){
const err108 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data41};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key9 in data41){
if(!(((key9 === "claimName") || (key9 === "claimValue")) || (key9 === "identityProviderId"))){
const err109 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.oidc,data:data41};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data41.claimName !== undefined){
let data42 = data41.claimName;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err110 = {instancePath:instancePath+"/include/" + i0+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.claimName,data:data42};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/include/" + i0+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimName.type,parentSchema:schema20.properties.oidc.properties.claimName,data:data42};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data41.claimValue !== undefined){
let data43 = data41.claimValue;
if(typeof data43 !== "string"){
const err112 = {instancePath:instancePath+"/include/" + i0+"/oidc/claimValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimValue.type,parentSchema:schema20.properties.oidc.properties.claimValue,data:data43};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data41.identityProviderId !== undefined){
let data44 = data41.identityProviderId;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err113 = {instancePath:instancePath+"/include/" + i0+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data44};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/include/" + i0+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.identityProviderId.type,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data44};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.oidc.type,parentSchema:schema20.properties.oidc,data:data41};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data1.authContext !== undefined){
let data45 = data1.authContext;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.id === undefined){
const err116 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data45};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data45.acId === undefined){
const err117 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "acId"},message:"must have required property '"+"acId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data45};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data45.identityProviderId === undefined){
const err118 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data45};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key10 in data45){
if(!(((key10 === "id") || (key10 === "acId")) || (key10 === "identityProviderId"))){
const err119 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.authContext,data:data45};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data45.id !== undefined){
let data46 = data45.id;
if(typeof data46 !== "string"){
const err120 = {instancePath:instancePath+"/include/" + i0+"/authContext/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.id.type,parentSchema:schema20.properties.authContext.properties.id,data:data46};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data45.acId !== undefined){
let data47 = data45.acId;
if(typeof data47 !== "string"){
const err121 = {instancePath:instancePath+"/include/" + i0+"/authContext/acId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/acId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.acId.type,parentSchema:schema20.properties.authContext.properties.acId,data:data47};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data45.identityProviderId !== undefined){
let data48 = data45.identityProviderId;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err122 = {instancePath:instancePath+"/include/" + i0+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data48};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/include/" + i0+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.identityProviderId.type,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data48};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.authContext.type,parentSchema:schema20.properties.authContext,data:data45};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data1.externalEvaluation !== undefined){
let data49 = data1.externalEvaluation;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.evaluateUrl === undefined){
const err125 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "evaluateUrl"},message:"must have required property '"+"evaluateUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data49};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data49.keysUrl === undefined){
const err126 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "keysUrl"},message:"must have required property '"+"keysUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data49};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key11 in data49){
if(!((key11 === "evaluateUrl") || (key11 === "keysUrl"))){
const err127 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.externalEvaluation,data:data49};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data49.evaluateUrl !== undefined){
let data50 = data49.evaluateUrl;
if(typeof data50 === "string"){
if(!(formats10(data50))){
const err128 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data50};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.evaluateUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data50};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data49.keysUrl !== undefined){
let data51 = data49.keysUrl;
if(typeof data51 === "string"){
if(!(formats10(data51))){
const err130 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data51};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.keysUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data51};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.externalEvaluation.type,parentSchema:schema20.properties.externalEvaluation,data:data49};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.include.type,parentSchema:schema19.properties.include,data:data0};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.require !== undefined){
let data52 = data.require;
if(Array.isArray(data52)){
const len2 = data52.length;
for(let i3=0; i3<len2; i3++){
let data53 = data52[i3];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(Object.keys(data53).length > 1){
const err135 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema20,data:data53};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(Object.keys(data53).length < 1){
const err136 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20,data:data53};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
for(const key12 in data53){
if(!(func7.call(schema20.properties, key12))){
const err137 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data53};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data53.email !== undefined){
let data54 = data53.email;
if(typeof data54 === "string"){
if(!(formats0.test(data54))){
const err138 = {instancePath:instancePath+"/require/" + i3+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.email,data:data54};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/require/" + i3+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.email.type,parentSchema:schema20.properties.email,data:data54};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data53.emailDomain !== undefined){
let data55 = data53.emailDomain;
if(typeof data55 === "string"){
if(!pattern3.test(data55)){
const err140 = {instancePath:instancePath+"/require/" + i3+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema20.properties.emailDomain,data:data55};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!(formats2(data55))){
const err141 = {instancePath:instancePath+"/require/" + i3+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/format",keyword:"format",params:{format: "domain"},message:"must match format \""+"domain"+"\"",schema:"domain",parentSchema:schema20.properties.emailDomain,data:data55};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/require/" + i3+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailDomain.type,parentSchema:schema20.properties.emailDomain,data:data55};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data53.emailList !== undefined){
let data56 = data53.emailList;
if(typeof data56 === "string"){
if(func2(data56) < 1){
const err143 = {instancePath:instancePath+"/require/" + i3+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.emailList,data:data56};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/require/" + i3+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailList.type,parentSchema:schema20.properties.emailList,data:data56};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data53.everyone !== undefined){
let data57 = data53.everyone;
if(typeof data57 !== "boolean"){
const err145 = {instancePath:instancePath+"/require/" + i3+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.everyone.type,parentSchema:schema20.properties.everyone,data:data57};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(true !== data57){
const err146 = {instancePath:instancePath+"/require/" + i3+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.everyone,data:data57};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data53.group !== undefined){
let data58 = data53.group;
if(typeof data58 === "string"){
if(func2(data58) < 1){
const err147 = {instancePath:instancePath+"/require/" + i3+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.group,data:data58};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/require/" + i3+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.group.type,parentSchema:schema20.properties.group,data:data58};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data53.ip !== undefined){
let data59 = data53.ip;
if(typeof data59 === "string"){
if(!pattern4.test(data59)){
const err149 = {instancePath:instancePath+"/require/" + i3+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"+"\"",schema:"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$",parentSchema:schema20.properties.ip,data:data59};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(!(formats4(data59))){
const err150 = {instancePath:instancePath+"/require/" + i3+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/format",keyword:"format",params:{format: "cidr"},message:"must match format \""+"cidr"+"\"",schema:"cidr",parentSchema:schema20.properties.ip,data:data59};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/require/" + i3+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ip.type,parentSchema:schema20.properties.ip,data:data59};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data53.ipList !== undefined){
let data60 = data53.ipList;
if(typeof data60 === "string"){
if(func2(data60) < 1){
const err152 = {instancePath:instancePath+"/require/" + i3+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.ipList,data:data60};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/require/" + i3+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipList.type,parentSchema:schema20.properties.ipList,data:data60};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data53.geo !== undefined){
let data61 = data53.geo;
if(typeof data61 === "string"){
if(!pattern5.test(data61)){
const err154 = {instancePath:instancePath+"/require/" + i3+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema20.properties.geo,data:data61};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!(formats6(data61))){
const err155 = {instancePath:instancePath+"/require/" + i3+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/format",keyword:"format",params:{format: "country-code"},message:"must match format \""+"country-code"+"\"",schema:"country-code",parentSchema:schema20.properties.geo,data:data61};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/require/" + i3+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.geo.type,parentSchema:schema20.properties.geo,data:data61};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data53.loginMethod !== undefined){
let data62 = data53.loginMethod;
if(typeof data62 === "string"){
if(func2(data62) < 1){
const err157 = {instancePath:instancePath+"/require/" + i3+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.loginMethod,data:data62};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/require/" + i3+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.loginMethod.type,parentSchema:schema20.properties.loginMethod,data:data62};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data53.authMethod !== undefined){
let data63 = data53.authMethod;
if(typeof data63 === "string"){
if(func2(data63) < 1){
const err159 = {instancePath:instancePath+"/require/" + i3+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authMethod,data:data63};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/require/" + i3+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authMethod.type,parentSchema:schema20.properties.authMethod,data:data63};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data53.serviceToken !== undefined){
let data64 = data53.serviceToken;
if(typeof data64 === "string"){
if(func2(data64) < 1){
const err161 = {instancePath:instancePath+"/require/" + i3+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.serviceToken,data:data64};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/require/" + i3+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.serviceToken.type,parentSchema:schema20.properties.serviceToken,data:data64};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data53.anyValidServiceToken !== undefined){
let data65 = data53.anyValidServiceToken;
if(typeof data65 !== "boolean"){
const err163 = {instancePath:instancePath+"/require/" + i3+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.anyValidServiceToken.type,parentSchema:schema20.properties.anyValidServiceToken,data:data65};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(true !== data65){
const err164 = {instancePath:instancePath+"/require/" + i3+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.anyValidServiceToken,data:data65};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data53.certificate !== undefined){
let data66 = data53.certificate;
if(typeof data66 !== "boolean"){
const err165 = {instancePath:instancePath+"/require/" + i3+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.certificate.type,parentSchema:schema20.properties.certificate,data:data66};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(true !== data66){
const err166 = {instancePath:instancePath+"/require/" + i3+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.certificate,data:data66};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data53.commonName !== undefined){
let data67 = data53.commonName;
if(typeof data67 === "string"){
if(func2(data67) < 1){
const err167 = {instancePath:instancePath+"/require/" + i3+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.commonName,data:data67};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/require/" + i3+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.commonName.type,parentSchema:schema20.properties.commonName,data:data67};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data53.devicePosture !== undefined){
let data68 = data53.devicePosture;
const _errs162 = errors;
let valid24 = false;
let passing2 = null;
const _errs163 = errors;
if(typeof data68 === "string"){
if(func2(data68) < 1){
const err169 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data68};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[0].type,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data68};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
var _valid2 = _errs163 === errors;
if(_valid2){
valid24 = true;
passing2 = 0;
}
const _errs165 = errors;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.integrationUid === undefined){
const err171 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "integrationUid"},message:"must have required property '"+"integrationUid"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data68};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data68.accountId === undefined){
const err172 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data68};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
for(const key13 in data68){
if(!((key13 === "integrationUid") || (key13 === "accountId"))){
const err173 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data68};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data68.integrationUid !== undefined){
let data69 = data68.integrationUid;
if(typeof data69 === "string"){
if(func2(data69) < 1){
const err174 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data69};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data69};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data68.accountId !== undefined){
let data70 = data68.accountId;
if(typeof data70 === "string"){
if(func2(data70) < 1){
const err176 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data70};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data70};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.devicePosture.oneOf[1].type,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data68};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid2 = _errs165 === errors;
if(_valid2 && valid24){
valid24 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid24 = true;
passing2 = 1;
}
}
if(!valid24){
const err179 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema20.properties.devicePosture.oneOf,parentSchema:schema20.properties.devicePosture,data:data68};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
errors = _errs162;
if(vErrors !== null){
if(_errs162){
vErrors.length = _errs162;
}
else {
vErrors = null;
}
}
}
}
if(data53.cloudflareAccountMember !== undefined){
let data71 = data53.cloudflareAccountMember;
const _errs173 = errors;
let valid26 = false;
let passing3 = null;
const _errs174 = errors;
if(typeof data71 !== "boolean"){
const err180 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.cloudflareAccountMember.oneOf[0].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data71};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(true !== data71){
const err181 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data71};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid3 = _errs174 === errors;
if(_valid3){
valid26 = true;
passing3 = 0;
}
const _errs176 = errors;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.accountId === undefined){
const err182 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.cloudflareAccountMember.oneOf[1].required,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data71};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
for(const key14 in data71){
if(!(key14 === "accountId")){
const err183 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data71};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data71.accountId !== undefined){
let data72 = data71.accountId;
if(typeof data72 === "string"){
if(func2(data72) < 1){
const err184 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data72};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data72};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.cloudflareAccountMember.oneOf[1].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data71};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
var _valid3 = _errs176 === errors;
if(_valid3 && valid26){
valid26 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid26 = true;
passing3 = 1;
}
}
if(!valid26){
const err187 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema20.properties.cloudflareAccountMember.oneOf,parentSchema:schema20.properties.cloudflareAccountMember,data:data71};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
else {
errors = _errs173;
if(vErrors !== null){
if(_errs173){
vErrors.length = _errs173;
}
else {
vErrors = null;
}
}
}
}
if(data53.linkedAppToken !== undefined){
let data73 = data53.linkedAppToken;
if(typeof data73 === "string"){
if(func2(data73) < 1){
const err188 = {instancePath:instancePath+"/require/" + i3+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.linkedAppToken,data:data73};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/require/" + i3+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.linkedAppToken.type,parentSchema:schema20.properties.linkedAppToken,data:data73};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data53.userRiskScore !== undefined){
let data74 = data53.userRiskScore;
if(Array.isArray(data74)){
if(data74.length < 1){
const err190 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.userRiskScore,data:data74};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
const len3 = data74.length;
for(let i4=0; i4<len3; i4++){
let data75 = data74[i4];
if(typeof data75 !== "string"){
const err191 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore/" + i4,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.userRiskScore.items.type,parentSchema:schema20.properties.userRiskScore.items,data:data75};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(!((((data75 === "low") || (data75 === "medium")) || (data75 === "high")) || (data75 === "unscored"))){
const err192 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore/" + i4,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/enum",keyword:"enum",params:{allowedValues: schema20.properties.userRiskScore.items.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.userRiskScore.items.enum,parentSchema:schema20.properties.userRiskScore.items,data:data75};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
let i5 = data74.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data74[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err193 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema20.properties.userRiskScore,data:data74};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err194 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.userRiskScore.type,parentSchema:schema20.properties.userRiskScore,data:data74};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data53.githubOrganization !== undefined){
let data76 = data53.githubOrganization;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.name === undefined){
const err195 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data76};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(data76.identityProviderId === undefined){
const err196 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data76};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
for(const key15 in data76){
if(!(((key15 === "name") || (key15 === "team")) || (key15 === "identityProviderId"))){
const err197 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.githubOrganization,data:data76};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data76.name !== undefined){
let data77 = data76.name;
if(typeof data77 === "string"){
if(func2(data77) < 1){
const err198 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.name,data:data77};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.name.type,parentSchema:schema20.properties.githubOrganization.properties.name,data:data77};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data76.team !== undefined){
let data78 = data76.team;
if(typeof data78 !== "string"){
const err200 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/team",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.team.type,parentSchema:schema20.properties.githubOrganization.properties.team,data:data78};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data76.identityProviderId !== undefined){
let data79 = data76.identityProviderId;
if(typeof data79 === "string"){
if(func2(data79) < 1){
const err201 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data79};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.identityProviderId.type,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data79};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.githubOrganization.type,parentSchema:schema20.properties.githubOrganization,data:data76};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data53.gsuite !== undefined){
let data80 = data53.gsuite;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(data80.email === undefined){
const err204 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data80};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(data80.identityProviderId === undefined){
const err205 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data80};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
for(const key16 in data80){
if(!((key16 === "email") || (key16 === "identityProviderId"))){
const err206 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.gsuite,data:data80};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data80.email !== undefined){
let data81 = data80.email;
if(typeof data81 === "string"){
if(!(formats0.test(data81))){
const err207 = {instancePath:instancePath+"/require/" + i3+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.gsuite.properties.email,data:data81};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/require/" + i3+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.email.type,parentSchema:schema20.properties.gsuite.properties.email,data:data81};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data80.identityProviderId !== undefined){
let data82 = data80.identityProviderId;
if(typeof data82 === "string"){
if(func2(data82) < 1){
const err209 = {instancePath:instancePath+"/require/" + i3+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data82};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/require/" + i3+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.identityProviderId.type,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data82};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.gsuite.type,parentSchema:schema20.properties.gsuite,data:data80};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data53.azureAd !== undefined){
let data83 = data53.azureAd;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.id === undefined){
const err212 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data83};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data83.identityProviderId === undefined){
const err213 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data83};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
for(const key17 in data83){
if(!((key17 === "id") || (key17 === "identityProviderId"))){
const err214 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.azureAd,data:data83};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data83.id !== undefined){
let data84 = data83.id;
if(typeof data84 === "string"){
if(func2(data84) < 1){
const err215 = {instancePath:instancePath+"/require/" + i3+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.id,data:data84};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/require/" + i3+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.id.type,parentSchema:schema20.properties.azureAd.properties.id,data:data84};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data83.identityProviderId !== undefined){
let data85 = data83.identityProviderId;
if(typeof data85 === "string"){
if(func2(data85) < 1){
const err217 = {instancePath:instancePath+"/require/" + i3+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data85};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/require/" + i3+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.identityProviderId.type,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data85};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
else {
const err219 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.azureAd.type,parentSchema:schema20.properties.azureAd,data:data83};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data53.okta !== undefined){
let data86 = data53.okta;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.name === undefined){
const err220 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data86};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data86.identityProviderId === undefined){
const err221 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data86};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
for(const key18 in data86){
if(!((key18 === "name") || (key18 === "identityProviderId"))){
const err222 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.okta,data:data86};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data86.name !== undefined){
let data87 = data86.name;
if(typeof data87 === "string"){
if(func2(data87) < 1){
const err223 = {instancePath:instancePath+"/require/" + i3+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.name,data:data87};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/require/" + i3+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.name.type,parentSchema:schema20.properties.okta.properties.name,data:data87};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data86.identityProviderId !== undefined){
let data88 = data86.identityProviderId;
if(typeof data88 === "string"){
if(func2(data88) < 1){
const err225 = {instancePath:instancePath+"/require/" + i3+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data88};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/require/" + i3+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.identityProviderId.type,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data88};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.okta.type,parentSchema:schema20.properties.okta,data:data86};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data53.saml !== undefined){
let data89 = data53.saml;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.attributeName === undefined){
const err228 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeName"},message:"must have required property '"+"attributeName"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data89};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(data89.attributeValue === undefined){
const err229 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeValue"},message:"must have required property '"+"attributeValue"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data89};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(data89.identityProviderId === undefined){
const err230 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data89};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
for(const key19 in data89){
if(!(((key19 === "attributeName") || (key19 === "attributeValue")) || (key19 === "identityProviderId"))){
const err231 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.saml,data:data89};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data89.attributeName !== undefined){
let data90 = data89.attributeName;
if(typeof data90 === "string"){
if(func2(data90) < 1){
const err232 = {instancePath:instancePath+"/require/" + i3+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.attributeName,data:data90};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/require/" + i3+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeName.type,parentSchema:schema20.properties.saml.properties.attributeName,data:data90};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data89.attributeValue !== undefined){
let data91 = data89.attributeValue;
if(typeof data91 !== "string"){
const err234 = {instancePath:instancePath+"/require/" + i3+"/saml/attributeValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeValue.type,parentSchema:schema20.properties.saml.properties.attributeValue,data:data91};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data89.identityProviderId !== undefined){
let data92 = data89.identityProviderId;
if(typeof data92 === "string"){
if(func2(data92) < 1){
const err235 = {instancePath:instancePath+"/require/" + i3+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data92};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/require/" + i3+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.identityProviderId.type,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data92};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.saml.type,parentSchema:schema20.properties.saml,data:data89};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data53.oidc !== undefined){
let data93 = data53.oidc;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.claimName === undefined){
const err238 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimName"},message:"must have required property '"+"claimName"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data93};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(data93.claimValue === undefined){
const err239 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimValue"},message:"must have required property '"+"claimValue"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data93};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data93.identityProviderId === undefined){
const err240 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data93};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
for(const key20 in data93){
if(!(((key20 === "claimName") || (key20 === "claimValue")) || (key20 === "identityProviderId"))){
const err241 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.oidc,data:data93};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data93.claimName !== undefined){
let data94 = data93.claimName;
if(typeof data94 === "string"){
if(func2(data94) < 1){
const err242 = {instancePath:instancePath+"/require/" + i3+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.claimName,data:data94};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/require/" + i3+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimName.type,parentSchema:schema20.properties.oidc.properties.claimName,data:data94};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data93.claimValue !== undefined){
let data95 = data93.claimValue;
if(typeof data95 !== "string"){
const err244 = {instancePath:instancePath+"/require/" + i3+"/oidc/claimValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimValue.type,parentSchema:schema20.properties.oidc.properties.claimValue,data:data95};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data93.identityProviderId !== undefined){
let data96 = data93.identityProviderId;
if(typeof data96 === "string"){
if(func2(data96) < 1){
const err245 = {instancePath:instancePath+"/require/" + i3+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data96};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/require/" + i3+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.identityProviderId.type,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data96};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.oidc.type,parentSchema:schema20.properties.oidc,data:data93};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data53.authContext !== undefined){
let data97 = data53.authContext;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.id === undefined){
const err248 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data97};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data97.acId === undefined){
const err249 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "acId"},message:"must have required property '"+"acId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data97};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(data97.identityProviderId === undefined){
const err250 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data97};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
for(const key21 in data97){
if(!(((key21 === "id") || (key21 === "acId")) || (key21 === "identityProviderId"))){
const err251 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.authContext,data:data97};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data97.id !== undefined){
let data98 = data97.id;
if(typeof data98 !== "string"){
const err252 = {instancePath:instancePath+"/require/" + i3+"/authContext/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.id.type,parentSchema:schema20.properties.authContext.properties.id,data:data98};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data97.acId !== undefined){
let data99 = data97.acId;
if(typeof data99 !== "string"){
const err253 = {instancePath:instancePath+"/require/" + i3+"/authContext/acId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/acId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.acId.type,parentSchema:schema20.properties.authContext.properties.acId,data:data99};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data97.identityProviderId !== undefined){
let data100 = data97.identityProviderId;
if(typeof data100 === "string"){
if(func2(data100) < 1){
const err254 = {instancePath:instancePath+"/require/" + i3+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data100};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/require/" + i3+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.identityProviderId.type,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data100};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
else {
const err256 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.authContext.type,parentSchema:schema20.properties.authContext,data:data97};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data53.externalEvaluation !== undefined){
let data101 = data53.externalEvaluation;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.evaluateUrl === undefined){
const err257 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "evaluateUrl"},message:"must have required property '"+"evaluateUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data101};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
if(data101.keysUrl === undefined){
const err258 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "keysUrl"},message:"must have required property '"+"keysUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data101};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
for(const key22 in data101){
if(!((key22 === "evaluateUrl") || (key22 === "keysUrl"))){
const err259 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.externalEvaluation,data:data101};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data101.evaluateUrl !== undefined){
let data102 = data101.evaluateUrl;
if(typeof data102 === "string"){
if(!(formats10(data102))){
const err260 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data102};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.evaluateUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data102};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data101.keysUrl !== undefined){
let data103 = data101.keysUrl;
if(typeof data103 === "string"){
if(!(formats10(data103))){
const err262 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data103};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.keysUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data103};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.externalEvaluation.type,parentSchema:schema20.properties.externalEvaluation,data:data101};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data53};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
else {
const err266 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.require.type,parentSchema:schema19.properties.require,data:data52};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data.exclude !== undefined){
let data104 = data.exclude;
if(Array.isArray(data104)){
const len4 = data104.length;
for(let i6=0; i6<len4; i6++){
let data105 = data104[i6];
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
if(Object.keys(data105).length > 1){
const err267 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema20,data:data105};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(Object.keys(data105).length < 1){
const err268 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20,data:data105};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
for(const key23 in data105){
if(!(func7.call(schema20.properties, key23))){
const err269 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data105};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data105.email !== undefined){
let data106 = data105.email;
if(typeof data106 === "string"){
if(!(formats0.test(data106))){
const err270 = {instancePath:instancePath+"/exclude/" + i6+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.email,data:data106};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/exclude/" + i6+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.email.type,parentSchema:schema20.properties.email,data:data106};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data105.emailDomain !== undefined){
let data107 = data105.emailDomain;
if(typeof data107 === "string"){
if(!pattern3.test(data107)){
const err272 = {instancePath:instancePath+"/exclude/" + i6+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema20.properties.emailDomain,data:data107};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(!(formats2(data107))){
const err273 = {instancePath:instancePath+"/exclude/" + i6+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/format",keyword:"format",params:{format: "domain"},message:"must match format \""+"domain"+"\"",schema:"domain",parentSchema:schema20.properties.emailDomain,data:data107};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/exclude/" + i6+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailDomain.type,parentSchema:schema20.properties.emailDomain,data:data107};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data105.emailList !== undefined){
let data108 = data105.emailList;
if(typeof data108 === "string"){
if(func2(data108) < 1){
const err275 = {instancePath:instancePath+"/exclude/" + i6+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.emailList,data:data108};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/exclude/" + i6+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailList.type,parentSchema:schema20.properties.emailList,data:data108};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data105.everyone !== undefined){
let data109 = data105.everyone;
if(typeof data109 !== "boolean"){
const err277 = {instancePath:instancePath+"/exclude/" + i6+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.everyone.type,parentSchema:schema20.properties.everyone,data:data109};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(true !== data109){
const err278 = {instancePath:instancePath+"/exclude/" + i6+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.everyone,data:data109};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data105.group !== undefined){
let data110 = data105.group;
if(typeof data110 === "string"){
if(func2(data110) < 1){
const err279 = {instancePath:instancePath+"/exclude/" + i6+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.group,data:data110};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/exclude/" + i6+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.group.type,parentSchema:schema20.properties.group,data:data110};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data105.ip !== undefined){
let data111 = data105.ip;
if(typeof data111 === "string"){
if(!pattern4.test(data111)){
const err281 = {instancePath:instancePath+"/exclude/" + i6+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"+"\"",schema:"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$",parentSchema:schema20.properties.ip,data:data111};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(!(formats4(data111))){
const err282 = {instancePath:instancePath+"/exclude/" + i6+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/format",keyword:"format",params:{format: "cidr"},message:"must match format \""+"cidr"+"\"",schema:"cidr",parentSchema:schema20.properties.ip,data:data111};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/exclude/" + i6+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ip.type,parentSchema:schema20.properties.ip,data:data111};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data105.ipList !== undefined){
let data112 = data105.ipList;
if(typeof data112 === "string"){
if(func2(data112) < 1){
const err284 = {instancePath:instancePath+"/exclude/" + i6+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.ipList,data:data112};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/exclude/" + i6+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipList.type,parentSchema:schema20.properties.ipList,data:data112};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data105.geo !== undefined){
let data113 = data105.geo;
if(typeof data113 === "string"){
if(!pattern5.test(data113)){
const err286 = {instancePath:instancePath+"/exclude/" + i6+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema20.properties.geo,data:data113};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
if(!(formats6(data113))){
const err287 = {instancePath:instancePath+"/exclude/" + i6+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/format",keyword:"format",params:{format: "country-code"},message:"must match format \""+"country-code"+"\"",schema:"country-code",parentSchema:schema20.properties.geo,data:data113};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
else {
const err288 = {instancePath:instancePath+"/exclude/" + i6+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.geo.type,parentSchema:schema20.properties.geo,data:data113};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data105.loginMethod !== undefined){
let data114 = data105.loginMethod;
if(typeof data114 === "string"){
if(func2(data114) < 1){
const err289 = {instancePath:instancePath+"/exclude/" + i6+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.loginMethod,data:data114};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
else {
const err290 = {instancePath:instancePath+"/exclude/" + i6+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.loginMethod.type,parentSchema:schema20.properties.loginMethod,data:data114};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data105.authMethod !== undefined){
let data115 = data105.authMethod;
if(typeof data115 === "string"){
if(func2(data115) < 1){
const err291 = {instancePath:instancePath+"/exclude/" + i6+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authMethod,data:data115};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
else {
const err292 = {instancePath:instancePath+"/exclude/" + i6+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authMethod.type,parentSchema:schema20.properties.authMethod,data:data115};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data105.serviceToken !== undefined){
let data116 = data105.serviceToken;
if(typeof data116 === "string"){
if(func2(data116) < 1){
const err293 = {instancePath:instancePath+"/exclude/" + i6+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.serviceToken,data:data116};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
else {
const err294 = {instancePath:instancePath+"/exclude/" + i6+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.serviceToken.type,parentSchema:schema20.properties.serviceToken,data:data116};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data105.anyValidServiceToken !== undefined){
let data117 = data105.anyValidServiceToken;
if(typeof data117 !== "boolean"){
const err295 = {instancePath:instancePath+"/exclude/" + i6+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.anyValidServiceToken.type,parentSchema:schema20.properties.anyValidServiceToken,data:data117};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
if(true !== data117){
const err296 = {instancePath:instancePath+"/exclude/" + i6+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.anyValidServiceToken,data:data117};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data105.certificate !== undefined){
let data118 = data105.certificate;
if(typeof data118 !== "boolean"){
const err297 = {instancePath:instancePath+"/exclude/" + i6+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.certificate.type,parentSchema:schema20.properties.certificate,data:data118};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if(true !== data118){
const err298 = {instancePath:instancePath+"/exclude/" + i6+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.certificate,data:data118};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data105.commonName !== undefined){
let data119 = data105.commonName;
if(typeof data119 === "string"){
if(func2(data119) < 1){
const err299 = {instancePath:instancePath+"/exclude/" + i6+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.commonName,data:data119};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/exclude/" + i6+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.commonName.type,parentSchema:schema20.properties.commonName,data:data119};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data105.devicePosture !== undefined){
let data120 = data105.devicePosture;
const _errs286 = errors;
let valid43 = false;
let passing4 = null;
const _errs287 = errors;
if(typeof data120 === "string"){
if(func2(data120) < 1){
const err301 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data120};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
else {
const err302 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[0].type,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data120};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
var _valid4 = _errs287 === errors;
if(_valid4){
valid43 = true;
passing4 = 0;
}
const _errs289 = errors;
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
if(data120.integrationUid === undefined){
const err303 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "integrationUid"},message:"must have required property '"+"integrationUid"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data120};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(data120.accountId === undefined){
const err304 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data120};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
for(const key24 in data120){
if(!((key24 === "integrationUid") || (key24 === "accountId"))){
const err305 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data120};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data120.integrationUid !== undefined){
let data121 = data120.integrationUid;
if(typeof data121 === "string"){
if(func2(data121) < 1){
const err306 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data121};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
else {
const err307 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data121};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data120.accountId !== undefined){
let data122 = data120.accountId;
if(typeof data122 === "string"){
if(func2(data122) < 1){
const err308 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data122};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data122};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
}
else {
const err310 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.devicePosture.oneOf[1].type,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data120};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
var _valid4 = _errs289 === errors;
if(_valid4 && valid43){
valid43 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid43 = true;
passing4 = 1;
}
}
if(!valid43){
const err311 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema20.properties.devicePosture.oneOf,parentSchema:schema20.properties.devicePosture,data:data120};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
else {
errors = _errs286;
if(vErrors !== null){
if(_errs286){
vErrors.length = _errs286;
}
else {
vErrors = null;
}
}
}
}
if(data105.cloudflareAccountMember !== undefined){
let data123 = data105.cloudflareAccountMember;
const _errs297 = errors;
let valid45 = false;
let passing5 = null;
const _errs298 = errors;
if(typeof data123 !== "boolean"){
const err312 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.cloudflareAccountMember.oneOf[0].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data123};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if(true !== data123){
const err313 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data123};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
var _valid5 = _errs298 === errors;
if(_valid5){
valid45 = true;
passing5 = 0;
}
const _errs300 = errors;
if(data123 && typeof data123 == "object" && !Array.isArray(data123)){
if(data123.accountId === undefined){
const err314 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.cloudflareAccountMember.oneOf[1].required,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data123};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
for(const key25 in data123){
if(!(key25 === "accountId")){
const err315 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data123};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data123.accountId !== undefined){
let data124 = data123.accountId;
if(typeof data124 === "string"){
if(func2(data124) < 1){
const err316 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data124};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
else {
const err317 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data124};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
else {
const err318 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.cloudflareAccountMember.oneOf[1].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data123};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
var _valid5 = _errs300 === errors;
if(_valid5 && valid45){
valid45 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid45 = true;
passing5 = 1;
}
}
if(!valid45){
const err319 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema20.properties.cloudflareAccountMember.oneOf,parentSchema:schema20.properties.cloudflareAccountMember,data:data123};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
else {
errors = _errs297;
if(vErrors !== null){
if(_errs297){
vErrors.length = _errs297;
}
else {
vErrors = null;
}
}
}
}
if(data105.linkedAppToken !== undefined){
let data125 = data105.linkedAppToken;
if(typeof data125 === "string"){
if(func2(data125) < 1){
const err320 = {instancePath:instancePath+"/exclude/" + i6+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.linkedAppToken,data:data125};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/exclude/" + i6+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.linkedAppToken.type,parentSchema:schema20.properties.linkedAppToken,data:data125};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data105.userRiskScore !== undefined){
let data126 = data105.userRiskScore;
if(Array.isArray(data126)){
if(data126.length < 1){
const err322 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.userRiskScore,data:data126};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
const len5 = data126.length;
for(let i7=0; i7<len5; i7++){
let data127 = data126[i7];
if(typeof data127 !== "string"){
const err323 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore/" + i7,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.userRiskScore.items.type,parentSchema:schema20.properties.userRiskScore.items,data:data127};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if(!((((data127 === "low") || (data127 === "medium")) || (data127 === "high")) || (data127 === "unscored"))){
const err324 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore/" + i7,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/enum",keyword:"enum",params:{allowedValues: schema20.properties.userRiskScore.items.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.userRiskScore.items.enum,parentSchema:schema20.properties.userRiskScore.items,data:data127};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
let i8 = data126.length;
let j2;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data126[i8];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err325 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema20.properties.userRiskScore,data:data126};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err326 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.userRiskScore.type,parentSchema:schema20.properties.userRiskScore,data:data126};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data105.githubOrganization !== undefined){
let data128 = data105.githubOrganization;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
if(data128.name === undefined){
const err327 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data128};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(data128.identityProviderId === undefined){
const err328 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data128};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
for(const key26 in data128){
if(!(((key26 === "name") || (key26 === "team")) || (key26 === "identityProviderId"))){
const err329 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.githubOrganization,data:data128};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data128.name !== undefined){
let data129 = data128.name;
if(typeof data129 === "string"){
if(func2(data129) < 1){
const err330 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.name,data:data129};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.name.type,parentSchema:schema20.properties.githubOrganization.properties.name,data:data129};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data128.team !== undefined){
let data130 = data128.team;
if(typeof data130 !== "string"){
const err332 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/team",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.team.type,parentSchema:schema20.properties.githubOrganization.properties.team,data:data130};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data128.identityProviderId !== undefined){
let data131 = data128.identityProviderId;
if(typeof data131 === "string"){
if(func2(data131) < 1){
const err333 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data131};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
else {
const err334 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.identityProviderId.type,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data131};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
}
else {
const err335 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.githubOrganization.type,parentSchema:schema20.properties.githubOrganization,data:data128};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
if(data105.gsuite !== undefined){
let data132 = data105.gsuite;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.email === undefined){
const err336 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data132};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(data132.identityProviderId === undefined){
const err337 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data132};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
for(const key27 in data132){
if(!((key27 === "email") || (key27 === "identityProviderId"))){
const err338 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.gsuite,data:data132};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data132.email !== undefined){
let data133 = data132.email;
if(typeof data133 === "string"){
if(!(formats0.test(data133))){
const err339 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.gsuite.properties.email,data:data133};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
else {
const err340 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.email.type,parentSchema:schema20.properties.gsuite.properties.email,data:data133};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data132.identityProviderId !== undefined){
let data134 = data132.identityProviderId;
if(typeof data134 === "string"){
if(func2(data134) < 1){
const err341 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data134};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
else {
const err342 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.identityProviderId.type,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data134};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
}
else {
const err343 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.gsuite.type,parentSchema:schema20.properties.gsuite,data:data132};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data105.azureAd !== undefined){
let data135 = data105.azureAd;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.id === undefined){
const err344 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data135};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(data135.identityProviderId === undefined){
const err345 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data135};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
for(const key28 in data135){
if(!((key28 === "id") || (key28 === "identityProviderId"))){
const err346 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.azureAd,data:data135};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data135.id !== undefined){
let data136 = data135.id;
if(typeof data136 === "string"){
if(func2(data136) < 1){
const err347 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.id,data:data136};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
else {
const err348 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.id.type,parentSchema:schema20.properties.azureAd.properties.id,data:data136};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data135.identityProviderId !== undefined){
let data137 = data135.identityProviderId;
if(typeof data137 === "string"){
if(func2(data137) < 1){
const err349 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data137};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
else {
const err350 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.identityProviderId.type,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data137};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
else {
const err351 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.azureAd.type,parentSchema:schema20.properties.azureAd,data:data135};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data105.okta !== undefined){
let data138 = data105.okta;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
if(data138.name === undefined){
const err352 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data138};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
if(data138.identityProviderId === undefined){
const err353 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data138};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
for(const key29 in data138){
if(!((key29 === "name") || (key29 === "identityProviderId"))){
const err354 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.okta,data:data138};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data138.name !== undefined){
let data139 = data138.name;
if(typeof data139 === "string"){
if(func2(data139) < 1){
const err355 = {instancePath:instancePath+"/exclude/" + i6+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.name,data:data139};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
else {
const err356 = {instancePath:instancePath+"/exclude/" + i6+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.name.type,parentSchema:schema20.properties.okta.properties.name,data:data139};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data138.identityProviderId !== undefined){
let data140 = data138.identityProviderId;
if(typeof data140 === "string"){
if(func2(data140) < 1){
const err357 = {instancePath:instancePath+"/exclude/" + i6+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data140};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
else {
const err358 = {instancePath:instancePath+"/exclude/" + i6+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.identityProviderId.type,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data140};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.okta.type,parentSchema:schema20.properties.okta,data:data138};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data105.saml !== undefined){
let data141 = data105.saml;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
if(data141.attributeName === undefined){
const err360 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeName"},message:"must have required property '"+"attributeName"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data141};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(data141.attributeValue === undefined){
const err361 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeValue"},message:"must have required property '"+"attributeValue"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data141};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if(data141.identityProviderId === undefined){
const err362 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data141};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
for(const key30 in data141){
if(!(((key30 === "attributeName") || (key30 === "attributeValue")) || (key30 === "identityProviderId"))){
const err363 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.saml,data:data141};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data141.attributeName !== undefined){
let data142 = data141.attributeName;
if(typeof data142 === "string"){
if(func2(data142) < 1){
const err364 = {instancePath:instancePath+"/exclude/" + i6+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.attributeName,data:data142};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/exclude/" + i6+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeName.type,parentSchema:schema20.properties.saml.properties.attributeName,data:data142};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data141.attributeValue !== undefined){
let data143 = data141.attributeValue;
if(typeof data143 !== "string"){
const err366 = {instancePath:instancePath+"/exclude/" + i6+"/saml/attributeValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeValue.type,parentSchema:schema20.properties.saml.properties.attributeValue,data:data143};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data141.identityProviderId !== undefined){
let data144 = data141.identityProviderId;
if(typeof data144 === "string"){
if(func2(data144) < 1){
const err367 = {instancePath:instancePath+"/exclude/" + i6+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data144};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
else {
const err368 = {instancePath:instancePath+"/exclude/" + i6+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.identityProviderId.type,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data144};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
else {
const err369 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.saml.type,parentSchema:schema20.properties.saml,data:data141};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data105.oidc !== undefined){
let data145 = data105.oidc;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
if(data145.claimName === undefined){
const err370 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimName"},message:"must have required property '"+"claimName"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data145};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(data145.claimValue === undefined){
const err371 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimValue"},message:"must have required property '"+"claimValue"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data145};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(data145.identityProviderId === undefined){
const err372 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data145};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
for(const key31 in data145){
if(!(((key31 === "claimName") || (key31 === "claimValue")) || (key31 === "identityProviderId"))){
const err373 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.oidc,data:data145};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data145.claimName !== undefined){
let data146 = data145.claimName;
if(typeof data146 === "string"){
if(func2(data146) < 1){
const err374 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.claimName,data:data146};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
else {
const err375 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimName.type,parentSchema:schema20.properties.oidc.properties.claimName,data:data146};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data145.claimValue !== undefined){
let data147 = data145.claimValue;
if(typeof data147 !== "string"){
const err376 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/claimValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimValue.type,parentSchema:schema20.properties.oidc.properties.claimValue,data:data147};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data145.identityProviderId !== undefined){
let data148 = data145.identityProviderId;
if(typeof data148 === "string"){
if(func2(data148) < 1){
const err377 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data148};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
else {
const err378 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.identityProviderId.type,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data148};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
else {
const err379 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.oidc.type,parentSchema:schema20.properties.oidc,data:data145};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data105.authContext !== undefined){
let data149 = data105.authContext;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
if(data149.id === undefined){
const err380 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data149};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
if(data149.acId === undefined){
const err381 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "acId"},message:"must have required property '"+"acId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data149};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
if(data149.identityProviderId === undefined){
const err382 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data149};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
for(const key32 in data149){
if(!(((key32 === "id") || (key32 === "acId")) || (key32 === "identityProviderId"))){
const err383 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.authContext,data:data149};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data149.id !== undefined){
let data150 = data149.id;
if(typeof data150 !== "string"){
const err384 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.id.type,parentSchema:schema20.properties.authContext.properties.id,data:data150};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data149.acId !== undefined){
let data151 = data149.acId;
if(typeof data151 !== "string"){
const err385 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/acId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/acId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.acId.type,parentSchema:schema20.properties.authContext.properties.acId,data:data151};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data149.identityProviderId !== undefined){
let data152 = data149.identityProviderId;
if(typeof data152 === "string"){
if(func2(data152) < 1){
const err386 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data152};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
else {
const err387 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.identityProviderId.type,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data152};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
}
else {
const err388 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.authContext.type,parentSchema:schema20.properties.authContext,data:data149};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data105.externalEvaluation !== undefined){
let data153 = data105.externalEvaluation;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
if(data153.evaluateUrl === undefined){
const err389 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "evaluateUrl"},message:"must have required property '"+"evaluateUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data153};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
if(data153.keysUrl === undefined){
const err390 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "keysUrl"},message:"must have required property '"+"keysUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data153};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
for(const key33 in data153){
if(!((key33 === "evaluateUrl") || (key33 === "keysUrl"))){
const err391 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.externalEvaluation,data:data153};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data153.evaluateUrl !== undefined){
let data154 = data153.evaluateUrl;
if(typeof data154 === "string"){
if(!(formats10(data154))){
const err392 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data154};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
else {
const err393 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.evaluateUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data154};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data153.keysUrl !== undefined){
let data155 = data153.keysUrl;
if(typeof data155 === "string"){
if(!(formats10(data155))){
const err394 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data155};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
else {
const err395 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.keysUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data155};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
}
else {
const err396 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.externalEvaluation.type,parentSchema:schema20.properties.externalEvaluation,data:data153};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
}
else {
const err397 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data105};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
}
else {
const err398 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.exclude.type,parentSchema:schema19.properties.exclude,data:data104};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data.isDefault !== undefined){
let data156 = data.isDefault;
if(typeof data156 !== "boolean"){
const err399 = {instancePath:instancePath+"/isDefault",schemaPath:"#/properties/isDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.isDefault.type,parentSchema:schema19.properties.isDefault,data:data156};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
}
else {
const err400 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const pattern2 = new RegExp("^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("mcpportal/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/const",keyword:"const",params:{allowedValue: "mcpportal/v1"},message:"must be equal to constant",schema:"mcpportal/v1",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.kind.type,parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("AccessGroup" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AccessGroup"},message:"must be equal to constant",schema:"AccessGroup",parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(!(validate13(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/GroupName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/GroupName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern2.test(data3)){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/GroupName/pattern",keyword:"pattern",params:{pattern: "^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"},message:"must match pattern \""+"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"+"\"",schema:"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$",parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/GroupName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data.spec !== undefined){
if(!(validate15(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const v1 = validate17;
const schema23 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"AccessPolicy","description":"A reusable Access policy. Servers and portals list policies by name; the portal evaluates include (OR), require (AND) and exclude (NOT).","type":"object","definitions":{"Spec":{"type":"object","x-replace-on-change":[],"additionalProperties":false,"required":["decision","include"],"properties":{"decision":{"description":"allow, deny (Block), non_identity (Service Auth) or bypass.","type":"string","enum":["allow","deny","non_identity","bypass"]},"include":{"description":"Rules of which at least one must match (OR).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"minItems":1},"require":{"description":"Rules that must all match (AND).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"exclude":{"description":"Rules of which none may match (NOT).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"sessionDuration":{"description":"How long a session lasts, e.g. 30m, 24h.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$","default":"24h","examples":["24h"]}}}},"properties":{"apiVersion":{"$ref":"common.schema.json#/definitions/ApiVersion"},"kind":{"type":"string","const":"AccessPolicy"},"metadata":{"allOf":[{"$ref":"common.schema.json#/definitions/Metadata"},{"properties":{"name":{"$ref":"common.schema.json#/definitions/PolicyName"}}}]},"spec":{"$ref":"#/definitions/Spec"}},"required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"examples":[{"apiVersion":"mcpportal/v1","kind":"AccessPolicy","metadata":{"name":"engineers"},"spec":{"decision":"allow","include":[{"emailDomain":"example.com"}]}}]};
const schema28 = {"description":"An Access policy name, as the API shows it: 1-100 characters, no control characters, no leading or trailing space.","type":"string","minLength":1,"maxLength":100,"pattern":"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$","examples":["engineers","Allow engineers"]};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "labels")) || (key0 === "annotations")) || (key0 === "managementPolicy")) || (key0 === "deletionPolicy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func2(data2) > 253){
const err5 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.annotations !== undefined){
let data3 = data.annotations;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs14 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err8 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
const err9 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func2(data4) > 253){
const err10 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.managementPolicy !== undefined){
let data5 = data.managementPolicy;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.managementPolicy.type,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "full") || (data5 === "observe"))){
const err14 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.managementPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.managementPolicy.enum,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.deletionPolicy !== undefined){
let data6 = data.deletionPolicy;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.deletionPolicy.type,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === "delete") || (data6 === "orphan"))){
const err16 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.deletionPolicy.enum,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","x-replace-on-change":[],"additionalProperties":false,"required":["decision","include"],"properties":{"decision":{"description":"allow, deny (Block), non_identity (Service Auth) or bypass.","type":"string","enum":["allow","deny","non_identity","bypass"]},"include":{"description":"Rules of which at least one must match (OR).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"minItems":1},"require":{"description":"Rules that must all match (AND).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"exclude":{"description":"Rules of which none may match (NOT).","type":"array","items":{"$ref":"common.schema.json#/definitions/AccessRule"},"default":[]},"sessionDuration":{"description":"How long a session lasts, e.g. 30m, 24h.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$","default":"24h","examples":["24h"]}}};
const pattern24 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.decision === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.include === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "decision") || (key0 === "include")) || (key0 === "require")) || (key0 === "exclude")) || (key0 === "sessionDuration"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.decision !== undefined){
let data0 = data.decision;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.decision.type,parentSchema:schema29.properties.decision,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data0 === "allow") || (data0 === "deny")) || (data0 === "non_identity")) || (data0 === "bypass"))){
const err4 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema29.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.decision.enum,parentSchema:schema29.properties.decision,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.include !== undefined){
let data1 = data.include;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema29.properties.include,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 1){
const err6 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Object.keys(data2).length < 1){
const err7 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!(func7.call(schema20.properties, key1))){
const err8 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.email !== undefined){
let data3 = data2.email;
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err9 = {instancePath:instancePath+"/include/" + i0+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.email,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/include/" + i0+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.email.type,parentSchema:schema20.properties.email,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.emailDomain !== undefined){
let data4 = data2.emailDomain;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err11 = {instancePath:instancePath+"/include/" + i0+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema20.properties.emailDomain,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats2(data4))){
const err12 = {instancePath:instancePath+"/include/" + i0+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/format",keyword:"format",params:{format: "domain"},message:"must match format \""+"domain"+"\"",schema:"domain",parentSchema:schema20.properties.emailDomain,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/include/" + i0+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailDomain.type,parentSchema:schema20.properties.emailDomain,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.emailList !== undefined){
let data5 = data2.emailList;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/include/" + i0+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.emailList,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/include/" + i0+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailList.type,parentSchema:schema20.properties.emailList,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.everyone !== undefined){
let data6 = data2.everyone;
if(typeof data6 !== "boolean"){
const err16 = {instancePath:instancePath+"/include/" + i0+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.everyone.type,parentSchema:schema20.properties.everyone,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(true !== data6){
const err17 = {instancePath:instancePath+"/include/" + i0+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.everyone,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.group !== undefined){
let data7 = data2.group;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err18 = {instancePath:instancePath+"/include/" + i0+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.group,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/include/" + i0+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.group.type,parentSchema:schema20.properties.group,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.ip !== undefined){
let data8 = data2.ip;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err20 = {instancePath:instancePath+"/include/" + i0+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"+"\"",schema:"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$",parentSchema:schema20.properties.ip,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(formats4(data8))){
const err21 = {instancePath:instancePath+"/include/" + i0+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/format",keyword:"format",params:{format: "cidr"},message:"must match format \""+"cidr"+"\"",schema:"cidr",parentSchema:schema20.properties.ip,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/include/" + i0+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ip.type,parentSchema:schema20.properties.ip,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.ipList !== undefined){
let data9 = data2.ipList;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err23 = {instancePath:instancePath+"/include/" + i0+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.ipList,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/include/" + i0+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipList.type,parentSchema:schema20.properties.ipList,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data2.geo !== undefined){
let data10 = data2.geo;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err25 = {instancePath:instancePath+"/include/" + i0+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema20.properties.geo,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(formats6(data10))){
const err26 = {instancePath:instancePath+"/include/" + i0+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/format",keyword:"format",params:{format: "country-code"},message:"must match format \""+"country-code"+"\"",schema:"country-code",parentSchema:schema20.properties.geo,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/include/" + i0+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.geo.type,parentSchema:schema20.properties.geo,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.loginMethod !== undefined){
let data11 = data2.loginMethod;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err28 = {instancePath:instancePath+"/include/" + i0+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.loginMethod,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/include/" + i0+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.loginMethod.type,parentSchema:schema20.properties.loginMethod,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.authMethod !== undefined){
let data12 = data2.authMethod;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err30 = {instancePath:instancePath+"/include/" + i0+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authMethod,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/include/" + i0+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authMethod.type,parentSchema:schema20.properties.authMethod,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.serviceToken !== undefined){
let data13 = data2.serviceToken;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err32 = {instancePath:instancePath+"/include/" + i0+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.serviceToken,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/include/" + i0+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.serviceToken.type,parentSchema:schema20.properties.serviceToken,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data2.anyValidServiceToken !== undefined){
let data14 = data2.anyValidServiceToken;
if(typeof data14 !== "boolean"){
const err34 = {instancePath:instancePath+"/include/" + i0+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.anyValidServiceToken.type,parentSchema:schema20.properties.anyValidServiceToken,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(true !== data14){
const err35 = {instancePath:instancePath+"/include/" + i0+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.anyValidServiceToken,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data2.certificate !== undefined){
let data15 = data2.certificate;
if(typeof data15 !== "boolean"){
const err36 = {instancePath:instancePath+"/include/" + i0+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.certificate.type,parentSchema:schema20.properties.certificate,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(true !== data15){
const err37 = {instancePath:instancePath+"/include/" + i0+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.certificate,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data2.commonName !== undefined){
let data16 = data2.commonName;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err38 = {instancePath:instancePath+"/include/" + i0+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.commonName,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/include/" + i0+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.commonName.type,parentSchema:schema20.properties.commonName,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data2.devicePosture !== undefined){
let data17 = data2.devicePosture;
const _errs40 = errors;
let valid5 = false;
let passing0 = null;
const _errs41 = errors;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err40 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[0].type,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs41 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs43 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.integrationUid === undefined){
const err42 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "integrationUid"},message:"must have required property '"+"integrationUid"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data17.accountId === undefined){
const err43 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data17){
if(!((key2 === "integrationUid") || (key2 === "accountId"))){
const err44 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17.integrationUid !== undefined){
let data18 = data17.integrationUid;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err45 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17.accountId !== undefined){
let data19 = data17.accountId;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err47 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/include/" + i0+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.devicePosture.oneOf[1].type,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid0 = _errs43 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err50 = {instancePath:instancePath+"/include/" + i0+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.properties.devicePosture.oneOf,parentSchema:schema20.properties.devicePosture,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data2.cloudflareAccountMember !== undefined){
let data20 = data2.cloudflareAccountMember;
const _errs51 = errors;
let valid7 = false;
let passing1 = null;
const _errs52 = errors;
if(typeof data20 !== "boolean"){
const err51 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.cloudflareAccountMember.oneOf[0].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(true !== data20){
const err52 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs54 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.accountId === undefined){
const err53 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.cloudflareAccountMember.oneOf[1].required,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key3 in data20){
if(!(key3 === "accountId")){
const err54 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data20.accountId !== undefined){
let data21 = data20.accountId;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err55 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.cloudflareAccountMember.oneOf[1].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid1 = _errs54 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err58 = {instancePath:instancePath+"/include/" + i0+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema20.properties.cloudflareAccountMember.oneOf,parentSchema:schema20.properties.cloudflareAccountMember,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data2.linkedAppToken !== undefined){
let data22 = data2.linkedAppToken;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err59 = {instancePath:instancePath+"/include/" + i0+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.linkedAppToken,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/include/" + i0+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.linkedAppToken.type,parentSchema:schema20.properties.linkedAppToken,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data2.userRiskScore !== undefined){
let data23 = data2.userRiskScore;
if(Array.isArray(data23)){
if(data23.length < 1){
const err61 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.userRiskScore,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(typeof data24 !== "string"){
const err62 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore/" + i1,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.userRiskScore.items.type,parentSchema:schema20.properties.userRiskScore.items,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!((((data24 === "low") || (data24 === "medium")) || (data24 === "high")) || (data24 === "unscored"))){
const err63 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore/" + i1,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/enum",keyword:"enum",params:{allowedValues: schema20.properties.userRiskScore.items.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.userRiskScore.items.enum,parentSchema:schema20.properties.userRiskScore.items,data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
let i2 = data23.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data23[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err64 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema20.properties.userRiskScore,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err65 = {instancePath:instancePath+"/include/" + i0+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.userRiskScore.type,parentSchema:schema20.properties.userRiskScore,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data2.githubOrganization !== undefined){
let data25 = data2.githubOrganization;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.name === undefined){
const err66 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data25};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data25.identityProviderId === undefined){
const err67 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key4 in data25){
if(!(((key4 === "name") || (key4 === "team")) || (key4 === "identityProviderId"))){
const err68 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.githubOrganization,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data25.name !== undefined){
let data26 = data25.name;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err69 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.name,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.name.type,parentSchema:schema20.properties.githubOrganization.properties.name,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data25.team !== undefined){
let data27 = data25.team;
if(typeof data27 !== "string"){
const err71 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/team",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.team.type,parentSchema:schema20.properties.githubOrganization.properties.team,data:data27};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data25.identityProviderId !== undefined){
let data28 = data25.identityProviderId;
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err72 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data28};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.identityProviderId.type,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/include/" + i0+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.githubOrganization.type,parentSchema:schema20.properties.githubOrganization,data:data25};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data2.gsuite !== undefined){
let data29 = data2.gsuite;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.email === undefined){
const err75 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data29.identityProviderId === undefined){
const err76 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key5 in data29){
if(!((key5 === "email") || (key5 === "identityProviderId"))){
const err77 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.gsuite,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data29.email !== undefined){
let data30 = data29.email;
if(typeof data30 === "string"){
if(!(formats0.test(data30))){
const err78 = {instancePath:instancePath+"/include/" + i0+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.gsuite.properties.email,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/include/" + i0+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.email.type,parentSchema:schema20.properties.gsuite.properties.email,data:data30};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data29.identityProviderId !== undefined){
let data31 = data29.identityProviderId;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err80 = {instancePath:instancePath+"/include/" + i0+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/include/" + i0+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.identityProviderId.type,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/include/" + i0+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.gsuite.type,parentSchema:schema20.properties.gsuite,data:data29};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data2.azureAd !== undefined){
let data32 = data2.azureAd;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.id === undefined){
const err83 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data32};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data32.identityProviderId === undefined){
const err84 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data32};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key6 in data32){
if(!((key6 === "id") || (key6 === "identityProviderId"))){
const err85 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.azureAd,data:data32};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data32.id !== undefined){
let data33 = data32.id;
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err86 = {instancePath:instancePath+"/include/" + i0+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.id,data:data33};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/include/" + i0+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.id.type,parentSchema:schema20.properties.azureAd.properties.id,data:data33};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data32.identityProviderId !== undefined){
let data34 = data32.identityProviderId;
if(typeof data34 === "string"){
if(func2(data34) < 1){
const err88 = {instancePath:instancePath+"/include/" + i0+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data34};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/include/" + i0+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.identityProviderId.type,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data34};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/include/" + i0+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.azureAd.type,parentSchema:schema20.properties.azureAd,data:data32};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data2.okta !== undefined){
let data35 = data2.okta;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.name === undefined){
const err91 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data35.identityProviderId === undefined){
const err92 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data35};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key7 in data35){
if(!((key7 === "name") || (key7 === "identityProviderId"))){
const err93 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.okta,data:data35};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data35.name !== undefined){
let data36 = data35.name;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err94 = {instancePath:instancePath+"/include/" + i0+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.name,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/include/" + i0+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.name.type,parentSchema:schema20.properties.okta.properties.name,data:data36};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data35.identityProviderId !== undefined){
let data37 = data35.identityProviderId;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err96 = {instancePath:instancePath+"/include/" + i0+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data37};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/include/" + i0+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.identityProviderId.type,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data37};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/include/" + i0+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.okta.type,parentSchema:schema20.properties.okta,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data2.saml !== undefined){
let data38 = data2.saml;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.attributeName === undefined){
const err99 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeName"},message:"must have required property '"+"attributeName"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data38};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data38.attributeValue === undefined){
const err100 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeValue"},message:"must have required property '"+"attributeValue"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data38};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data38.identityProviderId === undefined){
const err101 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key8 in data38){
if(!(((key8 === "attributeName") || (key8 === "attributeValue")) || (key8 === "identityProviderId"))){
const err102 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.saml,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data38.attributeName !== undefined){
let data39 = data38.attributeName;
if(typeof data39 === "string"){
if(func2(data39) < 1){
const err103 = {instancePath:instancePath+"/include/" + i0+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.attributeName,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/include/" + i0+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeName.type,parentSchema:schema20.properties.saml.properties.attributeName,data:data39};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data38.attributeValue !== undefined){
let data40 = data38.attributeValue;
if(typeof data40 !== "string"){
const err105 = {instancePath:instancePath+"/include/" + i0+"/saml/attributeValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeValue.type,parentSchema:schema20.properties.saml.properties.attributeValue,data:data40};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data38.identityProviderId !== undefined){
let data41 = data38.identityProviderId;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err106 = {instancePath:instancePath+"/include/" + i0+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data41};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/include/" + i0+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.identityProviderId.type,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data41};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/include/" + i0+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.saml.type,parentSchema:schema20.properties.saml,data:data38};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data2.oidc !== undefined){
let data42 = data2.oidc;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.claimName === undefined){
const err109 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimName"},message:"must have required property '"+"claimName"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data42};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data42.claimValue === undefined){
const err110 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimValue"},message:"must have required property '"+"claimValue"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data42};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data42.identityProviderId === undefined){
const err111 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data42};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key9 in data42){
if(!(((key9 === "claimName") || (key9 === "claimValue")) || (key9 === "identityProviderId"))){
const err112 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.oidc,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data42.claimName !== undefined){
let data43 = data42.claimName;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err113 = {instancePath:instancePath+"/include/" + i0+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.claimName,data:data43};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/include/" + i0+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimName.type,parentSchema:schema20.properties.oidc.properties.claimName,data:data43};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data42.claimValue !== undefined){
let data44 = data42.claimValue;
if(typeof data44 !== "string"){
const err115 = {instancePath:instancePath+"/include/" + i0+"/oidc/claimValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimValue.type,parentSchema:schema20.properties.oidc.properties.claimValue,data:data44};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data42.identityProviderId !== undefined){
let data45 = data42.identityProviderId;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err116 = {instancePath:instancePath+"/include/" + i0+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data45};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/include/" + i0+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.identityProviderId.type,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data45};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/include/" + i0+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.oidc.type,parentSchema:schema20.properties.oidc,data:data42};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data2.authContext !== undefined){
let data46 = data2.authContext;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.id === undefined){
const err119 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data46};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data46.acId === undefined){
const err120 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "acId"},message:"must have required property '"+"acId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data46};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data46.identityProviderId === undefined){
const err121 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data46};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key10 in data46){
if(!(((key10 === "id") || (key10 === "acId")) || (key10 === "identityProviderId"))){
const err122 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.authContext,data:data46};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data46.id !== undefined){
let data47 = data46.id;
if(typeof data47 !== "string"){
const err123 = {instancePath:instancePath+"/include/" + i0+"/authContext/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.id.type,parentSchema:schema20.properties.authContext.properties.id,data:data47};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data46.acId !== undefined){
let data48 = data46.acId;
if(typeof data48 !== "string"){
const err124 = {instancePath:instancePath+"/include/" + i0+"/authContext/acId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/acId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.acId.type,parentSchema:schema20.properties.authContext.properties.acId,data:data48};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data46.identityProviderId !== undefined){
let data49 = data46.identityProviderId;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err125 = {instancePath:instancePath+"/include/" + i0+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data49};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/include/" + i0+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.identityProviderId.type,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data49};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/include/" + i0+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.authContext.type,parentSchema:schema20.properties.authContext,data:data46};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data2.externalEvaluation !== undefined){
let data50 = data2.externalEvaluation;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.evaluateUrl === undefined){
const err128 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "evaluateUrl"},message:"must have required property '"+"evaluateUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data50};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data50.keysUrl === undefined){
const err129 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "keysUrl"},message:"must have required property '"+"keysUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data50};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
for(const key11 in data50){
if(!((key11 === "evaluateUrl") || (key11 === "keysUrl"))){
const err130 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.externalEvaluation,data:data50};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data50.evaluateUrl !== undefined){
let data51 = data50.evaluateUrl;
if(typeof data51 === "string"){
if(!(formats10(data51))){
const err131 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data51};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.evaluateUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data51};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data50.keysUrl !== undefined){
let data52 = data50.keysUrl;
if(typeof data52 === "string"){
if(!(formats10(data52))){
const err133 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data52};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.keysUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data52};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/include/" + i0+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.externalEvaluation.type,parentSchema:schema20.properties.externalEvaluation,data:data50};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/include/" + i0,schemaPath:"common.schema.json#/definitions/AccessRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.include.type,parentSchema:schema29.properties.include,data:data1};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.require !== undefined){
let data53 = data.require;
if(Array.isArray(data53)){
const len2 = data53.length;
for(let i3=0; i3<len2; i3++){
let data54 = data53[i3];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(Object.keys(data54).length > 1){
const err138 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema20,data:data54};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(Object.keys(data54).length < 1){
const err139 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20,data:data54};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
for(const key12 in data54){
if(!(func7.call(schema20.properties, key12))){
const err140 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data54};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data54.email !== undefined){
let data55 = data54.email;
if(typeof data55 === "string"){
if(!(formats0.test(data55))){
const err141 = {instancePath:instancePath+"/require/" + i3+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.email,data:data55};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/require/" + i3+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.email.type,parentSchema:schema20.properties.email,data:data55};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data54.emailDomain !== undefined){
let data56 = data54.emailDomain;
if(typeof data56 === "string"){
if(!pattern3.test(data56)){
const err143 = {instancePath:instancePath+"/require/" + i3+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema20.properties.emailDomain,data:data56};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!(formats2(data56))){
const err144 = {instancePath:instancePath+"/require/" + i3+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/format",keyword:"format",params:{format: "domain"},message:"must match format \""+"domain"+"\"",schema:"domain",parentSchema:schema20.properties.emailDomain,data:data56};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/require/" + i3+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailDomain.type,parentSchema:schema20.properties.emailDomain,data:data56};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data54.emailList !== undefined){
let data57 = data54.emailList;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err146 = {instancePath:instancePath+"/require/" + i3+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.emailList,data:data57};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/require/" + i3+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailList.type,parentSchema:schema20.properties.emailList,data:data57};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data54.everyone !== undefined){
let data58 = data54.everyone;
if(typeof data58 !== "boolean"){
const err148 = {instancePath:instancePath+"/require/" + i3+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.everyone.type,parentSchema:schema20.properties.everyone,data:data58};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(true !== data58){
const err149 = {instancePath:instancePath+"/require/" + i3+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.everyone,data:data58};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data54.group !== undefined){
let data59 = data54.group;
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err150 = {instancePath:instancePath+"/require/" + i3+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.group,data:data59};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/require/" + i3+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.group.type,parentSchema:schema20.properties.group,data:data59};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data54.ip !== undefined){
let data60 = data54.ip;
if(typeof data60 === "string"){
if(!pattern4.test(data60)){
const err152 = {instancePath:instancePath+"/require/" + i3+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"+"\"",schema:"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$",parentSchema:schema20.properties.ip,data:data60};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(!(formats4(data60))){
const err153 = {instancePath:instancePath+"/require/" + i3+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/format",keyword:"format",params:{format: "cidr"},message:"must match format \""+"cidr"+"\"",schema:"cidr",parentSchema:schema20.properties.ip,data:data60};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/require/" + i3+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ip.type,parentSchema:schema20.properties.ip,data:data60};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data54.ipList !== undefined){
let data61 = data54.ipList;
if(typeof data61 === "string"){
if(func2(data61) < 1){
const err155 = {instancePath:instancePath+"/require/" + i3+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.ipList,data:data61};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/require/" + i3+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipList.type,parentSchema:schema20.properties.ipList,data:data61};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data54.geo !== undefined){
let data62 = data54.geo;
if(typeof data62 === "string"){
if(!pattern5.test(data62)){
const err157 = {instancePath:instancePath+"/require/" + i3+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema20.properties.geo,data:data62};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!(formats6(data62))){
const err158 = {instancePath:instancePath+"/require/" + i3+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/format",keyword:"format",params:{format: "country-code"},message:"must match format \""+"country-code"+"\"",schema:"country-code",parentSchema:schema20.properties.geo,data:data62};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/require/" + i3+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.geo.type,parentSchema:schema20.properties.geo,data:data62};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data54.loginMethod !== undefined){
let data63 = data54.loginMethod;
if(typeof data63 === "string"){
if(func2(data63) < 1){
const err160 = {instancePath:instancePath+"/require/" + i3+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.loginMethod,data:data63};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/require/" + i3+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.loginMethod.type,parentSchema:schema20.properties.loginMethod,data:data63};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data54.authMethod !== undefined){
let data64 = data54.authMethod;
if(typeof data64 === "string"){
if(func2(data64) < 1){
const err162 = {instancePath:instancePath+"/require/" + i3+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authMethod,data:data64};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/require/" + i3+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authMethod.type,parentSchema:schema20.properties.authMethod,data:data64};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data54.serviceToken !== undefined){
let data65 = data54.serviceToken;
if(typeof data65 === "string"){
if(func2(data65) < 1){
const err164 = {instancePath:instancePath+"/require/" + i3+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.serviceToken,data:data65};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/require/" + i3+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.serviceToken.type,parentSchema:schema20.properties.serviceToken,data:data65};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data54.anyValidServiceToken !== undefined){
let data66 = data54.anyValidServiceToken;
if(typeof data66 !== "boolean"){
const err166 = {instancePath:instancePath+"/require/" + i3+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.anyValidServiceToken.type,parentSchema:schema20.properties.anyValidServiceToken,data:data66};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(true !== data66){
const err167 = {instancePath:instancePath+"/require/" + i3+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.anyValidServiceToken,data:data66};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data54.certificate !== undefined){
let data67 = data54.certificate;
if(typeof data67 !== "boolean"){
const err168 = {instancePath:instancePath+"/require/" + i3+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.certificate.type,parentSchema:schema20.properties.certificate,data:data67};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(true !== data67){
const err169 = {instancePath:instancePath+"/require/" + i3+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.certificate,data:data67};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data54.commonName !== undefined){
let data68 = data54.commonName;
if(typeof data68 === "string"){
if(func2(data68) < 1){
const err170 = {instancePath:instancePath+"/require/" + i3+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.commonName,data:data68};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/require/" + i3+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.commonName.type,parentSchema:schema20.properties.commonName,data:data68};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data54.devicePosture !== undefined){
let data69 = data54.devicePosture;
const _errs164 = errors;
let valid24 = false;
let passing2 = null;
const _errs165 = errors;
if(typeof data69 === "string"){
if(func2(data69) < 1){
const err172 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data69};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[0].type,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data69};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid2 = _errs165 === errors;
if(_valid2){
valid24 = true;
passing2 = 0;
}
const _errs167 = errors;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.integrationUid === undefined){
const err174 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "integrationUid"},message:"must have required property '"+"integrationUid"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data69.accountId === undefined){
const err175 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
for(const key13 in data69){
if(!((key13 === "integrationUid") || (key13 === "accountId"))){
const err176 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data69.integrationUid !== undefined){
let data70 = data69.integrationUid;
if(typeof data70 === "string"){
if(func2(data70) < 1){
const err177 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data70};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data70};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data69.accountId !== undefined){
let data71 = data69.accountId;
if(typeof data71 === "string"){
if(func2(data71) < 1){
const err179 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data71};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/require/" + i3+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data71};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.devicePosture.oneOf[1].type,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid2 = _errs167 === errors;
if(_valid2 && valid24){
valid24 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid24 = true;
passing2 = 1;
}
}
if(!valid24){
const err182 = {instancePath:instancePath+"/require/" + i3+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema20.properties.devicePosture.oneOf,parentSchema:schema20.properties.devicePosture,data:data69};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
else {
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
}
}
if(data54.cloudflareAccountMember !== undefined){
let data72 = data54.cloudflareAccountMember;
const _errs175 = errors;
let valid26 = false;
let passing3 = null;
const _errs176 = errors;
if(typeof data72 !== "boolean"){
const err183 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.cloudflareAccountMember.oneOf[0].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(true !== data72){
const err184 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid3 = _errs176 === errors;
if(_valid3){
valid26 = true;
passing3 = 0;
}
const _errs178 = errors;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.accountId === undefined){
const err185 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.cloudflareAccountMember.oneOf[1].required,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
for(const key14 in data72){
if(!(key14 === "accountId")){
const err186 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data72.accountId !== undefined){
let data73 = data72.accountId;
if(typeof data73 === "string"){
if(func2(data73) < 1){
const err187 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data73};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data73};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.cloudflareAccountMember.oneOf[1].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
var _valid3 = _errs178 === errors;
if(_valid3 && valid26){
valid26 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid26 = true;
passing3 = 1;
}
}
if(!valid26){
const err190 = {instancePath:instancePath+"/require/" + i3+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema20.properties.cloudflareAccountMember.oneOf,parentSchema:schema20.properties.cloudflareAccountMember,data:data72};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
else {
errors = _errs175;
if(vErrors !== null){
if(_errs175){
vErrors.length = _errs175;
}
else {
vErrors = null;
}
}
}
}
if(data54.linkedAppToken !== undefined){
let data74 = data54.linkedAppToken;
if(typeof data74 === "string"){
if(func2(data74) < 1){
const err191 = {instancePath:instancePath+"/require/" + i3+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.linkedAppToken,data:data74};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/require/" + i3+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.linkedAppToken.type,parentSchema:schema20.properties.linkedAppToken,data:data74};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data54.userRiskScore !== undefined){
let data75 = data54.userRiskScore;
if(Array.isArray(data75)){
if(data75.length < 1){
const err193 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.userRiskScore,data:data75};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
const len3 = data75.length;
for(let i4=0; i4<len3; i4++){
let data76 = data75[i4];
if(typeof data76 !== "string"){
const err194 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore/" + i4,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.userRiskScore.items.type,parentSchema:schema20.properties.userRiskScore.items,data:data76};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(!((((data76 === "low") || (data76 === "medium")) || (data76 === "high")) || (data76 === "unscored"))){
const err195 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore/" + i4,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/enum",keyword:"enum",params:{allowedValues: schema20.properties.userRiskScore.items.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.userRiskScore.items.enum,parentSchema:schema20.properties.userRiskScore.items,data:data76};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
let i5 = data75.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data75[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err196 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema20.properties.userRiskScore,data:data75};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err197 = {instancePath:instancePath+"/require/" + i3+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.userRiskScore.type,parentSchema:schema20.properties.userRiskScore,data:data75};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data54.githubOrganization !== undefined){
let data77 = data54.githubOrganization;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.name === undefined){
const err198 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data77};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data77.identityProviderId === undefined){
const err199 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data77};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
for(const key15 in data77){
if(!(((key15 === "name") || (key15 === "team")) || (key15 === "identityProviderId"))){
const err200 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.githubOrganization,data:data77};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data77.name !== undefined){
let data78 = data77.name;
if(typeof data78 === "string"){
if(func2(data78) < 1){
const err201 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.name,data:data78};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.name.type,parentSchema:schema20.properties.githubOrganization.properties.name,data:data78};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data77.team !== undefined){
let data79 = data77.team;
if(typeof data79 !== "string"){
const err203 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/team",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.team.type,parentSchema:schema20.properties.githubOrganization.properties.team,data:data79};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data77.identityProviderId !== undefined){
let data80 = data77.identityProviderId;
if(typeof data80 === "string"){
if(func2(data80) < 1){
const err204 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data80};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.identityProviderId.type,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data80};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/require/" + i3+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.githubOrganization.type,parentSchema:schema20.properties.githubOrganization,data:data77};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data54.gsuite !== undefined){
let data81 = data54.gsuite;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.email === undefined){
const err207 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data81};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(data81.identityProviderId === undefined){
const err208 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data81};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
for(const key16 in data81){
if(!((key16 === "email") || (key16 === "identityProviderId"))){
const err209 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.gsuite,data:data81};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data81.email !== undefined){
let data82 = data81.email;
if(typeof data82 === "string"){
if(!(formats0.test(data82))){
const err210 = {instancePath:instancePath+"/require/" + i3+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.gsuite.properties.email,data:data82};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/require/" + i3+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.email.type,parentSchema:schema20.properties.gsuite.properties.email,data:data82};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data81.identityProviderId !== undefined){
let data83 = data81.identityProviderId;
if(typeof data83 === "string"){
if(func2(data83) < 1){
const err212 = {instancePath:instancePath+"/require/" + i3+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data83};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/require/" + i3+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.identityProviderId.type,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data83};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/require/" + i3+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.gsuite.type,parentSchema:schema20.properties.gsuite,data:data81};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data54.azureAd !== undefined){
let data84 = data54.azureAd;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.id === undefined){
const err215 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data84};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data84.identityProviderId === undefined){
const err216 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data84};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
for(const key17 in data84){
if(!((key17 === "id") || (key17 === "identityProviderId"))){
const err217 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.azureAd,data:data84};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data84.id !== undefined){
let data85 = data84.id;
if(typeof data85 === "string"){
if(func2(data85) < 1){
const err218 = {instancePath:instancePath+"/require/" + i3+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.id,data:data85};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/require/" + i3+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.id.type,parentSchema:schema20.properties.azureAd.properties.id,data:data85};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data84.identityProviderId !== undefined){
let data86 = data84.identityProviderId;
if(typeof data86 === "string"){
if(func2(data86) < 1){
const err220 = {instancePath:instancePath+"/require/" + i3+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data86};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/require/" + i3+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.identityProviderId.type,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data86};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/require/" + i3+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.azureAd.type,parentSchema:schema20.properties.azureAd,data:data84};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data54.okta !== undefined){
let data87 = data54.okta;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
if(data87.name === undefined){
const err223 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data87};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(data87.identityProviderId === undefined){
const err224 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data87};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
for(const key18 in data87){
if(!((key18 === "name") || (key18 === "identityProviderId"))){
const err225 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.okta,data:data87};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data87.name !== undefined){
let data88 = data87.name;
if(typeof data88 === "string"){
if(func2(data88) < 1){
const err226 = {instancePath:instancePath+"/require/" + i3+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.name,data:data88};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/require/" + i3+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.name.type,parentSchema:schema20.properties.okta.properties.name,data:data88};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data87.identityProviderId !== undefined){
let data89 = data87.identityProviderId;
if(typeof data89 === "string"){
if(func2(data89) < 1){
const err228 = {instancePath:instancePath+"/require/" + i3+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data89};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/require/" + i3+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.identityProviderId.type,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data89};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/require/" + i3+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.okta.type,parentSchema:schema20.properties.okta,data:data87};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data54.saml !== undefined){
let data90 = data54.saml;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.attributeName === undefined){
const err231 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeName"},message:"must have required property '"+"attributeName"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data90};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(data90.attributeValue === undefined){
const err232 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeValue"},message:"must have required property '"+"attributeValue"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data90};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data90.identityProviderId === undefined){
const err233 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data90};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
for(const key19 in data90){
if(!(((key19 === "attributeName") || (key19 === "attributeValue")) || (key19 === "identityProviderId"))){
const err234 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.saml,data:data90};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data90.attributeName !== undefined){
let data91 = data90.attributeName;
if(typeof data91 === "string"){
if(func2(data91) < 1){
const err235 = {instancePath:instancePath+"/require/" + i3+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.attributeName,data:data91};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/require/" + i3+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeName.type,parentSchema:schema20.properties.saml.properties.attributeName,data:data91};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data90.attributeValue !== undefined){
let data92 = data90.attributeValue;
if(typeof data92 !== "string"){
const err237 = {instancePath:instancePath+"/require/" + i3+"/saml/attributeValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeValue.type,parentSchema:schema20.properties.saml.properties.attributeValue,data:data92};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data90.identityProviderId !== undefined){
let data93 = data90.identityProviderId;
if(typeof data93 === "string"){
if(func2(data93) < 1){
const err238 = {instancePath:instancePath+"/require/" + i3+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data93};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/require/" + i3+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.identityProviderId.type,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data93};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
else {
const err240 = {instancePath:instancePath+"/require/" + i3+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.saml.type,parentSchema:schema20.properties.saml,data:data90};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data54.oidc !== undefined){
let data94 = data54.oidc;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.claimName === undefined){
const err241 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimName"},message:"must have required property '"+"claimName"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data94};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(data94.claimValue === undefined){
const err242 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimValue"},message:"must have required property '"+"claimValue"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data94};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data94.identityProviderId === undefined){
const err243 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data94};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
for(const key20 in data94){
if(!(((key20 === "claimName") || (key20 === "claimValue")) || (key20 === "identityProviderId"))){
const err244 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.oidc,data:data94};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data94.claimName !== undefined){
let data95 = data94.claimName;
if(typeof data95 === "string"){
if(func2(data95) < 1){
const err245 = {instancePath:instancePath+"/require/" + i3+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.claimName,data:data95};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/require/" + i3+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimName.type,parentSchema:schema20.properties.oidc.properties.claimName,data:data95};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data94.claimValue !== undefined){
let data96 = data94.claimValue;
if(typeof data96 !== "string"){
const err247 = {instancePath:instancePath+"/require/" + i3+"/oidc/claimValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimValue.type,parentSchema:schema20.properties.oidc.properties.claimValue,data:data96};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data94.identityProviderId !== undefined){
let data97 = data94.identityProviderId;
if(typeof data97 === "string"){
if(func2(data97) < 1){
const err248 = {instancePath:instancePath+"/require/" + i3+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data97};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/require/" + i3+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.identityProviderId.type,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data97};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/require/" + i3+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.oidc.type,parentSchema:schema20.properties.oidc,data:data94};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data54.authContext !== undefined){
let data98 = data54.authContext;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
if(data98.id === undefined){
const err251 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data98};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(data98.acId === undefined){
const err252 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "acId"},message:"must have required property '"+"acId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data98};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data98.identityProviderId === undefined){
const err253 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data98};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
for(const key21 in data98){
if(!(((key21 === "id") || (key21 === "acId")) || (key21 === "identityProviderId"))){
const err254 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.authContext,data:data98};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data98.id !== undefined){
let data99 = data98.id;
if(typeof data99 !== "string"){
const err255 = {instancePath:instancePath+"/require/" + i3+"/authContext/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.id.type,parentSchema:schema20.properties.authContext.properties.id,data:data99};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data98.acId !== undefined){
let data100 = data98.acId;
if(typeof data100 !== "string"){
const err256 = {instancePath:instancePath+"/require/" + i3+"/authContext/acId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/acId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.acId.type,parentSchema:schema20.properties.authContext.properties.acId,data:data100};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data98.identityProviderId !== undefined){
let data101 = data98.identityProviderId;
if(typeof data101 === "string"){
if(func2(data101) < 1){
const err257 = {instancePath:instancePath+"/require/" + i3+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data101};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/require/" + i3+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.identityProviderId.type,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data101};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
else {
const err259 = {instancePath:instancePath+"/require/" + i3+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.authContext.type,parentSchema:schema20.properties.authContext,data:data98};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data54.externalEvaluation !== undefined){
let data102 = data54.externalEvaluation;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
if(data102.evaluateUrl === undefined){
const err260 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "evaluateUrl"},message:"must have required property '"+"evaluateUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data102};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(data102.keysUrl === undefined){
const err261 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "keysUrl"},message:"must have required property '"+"keysUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data102};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
for(const key22 in data102){
if(!((key22 === "evaluateUrl") || (key22 === "keysUrl"))){
const err262 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.externalEvaluation,data:data102};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data102.evaluateUrl !== undefined){
let data103 = data102.evaluateUrl;
if(typeof data103 === "string"){
if(!(formats10(data103))){
const err263 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data103};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.evaluateUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data103};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data102.keysUrl !== undefined){
let data104 = data102.keysUrl;
if(typeof data104 === "string"){
if(!(formats10(data104))){
const err265 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data104};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.keysUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data104};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/require/" + i3+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.externalEvaluation.type,parentSchema:schema20.properties.externalEvaluation,data:data102};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/require/" + i3,schemaPath:"common.schema.json#/definitions/AccessRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data54};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.require.type,parentSchema:schema29.properties.require,data:data53};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data.exclude !== undefined){
let data105 = data.exclude;
if(Array.isArray(data105)){
const len4 = data105.length;
for(let i6=0; i6<len4; i6++){
let data106 = data105[i6];
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(Object.keys(data106).length > 1){
const err270 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema20,data:data106};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(Object.keys(data106).length < 1){
const err271 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema20,data:data106};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
for(const key23 in data106){
if(!(func7.call(schema20.properties, key23))){
const err272 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data106};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data106.email !== undefined){
let data107 = data106.email;
if(typeof data107 === "string"){
if(!(formats0.test(data107))){
const err273 = {instancePath:instancePath+"/exclude/" + i6+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.email,data:data107};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/exclude/" + i6+"/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.email.type,parentSchema:schema20.properties.email,data:data107};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data106.emailDomain !== undefined){
let data108 = data106.emailDomain;
if(typeof data108 === "string"){
if(!pattern3.test(data108)){
const err275 = {instancePath:instancePath+"/exclude/" + i6+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",parentSchema:schema20.properties.emailDomain,data:data108};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(!(formats2(data108))){
const err276 = {instancePath:instancePath+"/exclude/" + i6+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/format",keyword:"format",params:{format: "domain"},message:"must match format \""+"domain"+"\"",schema:"domain",parentSchema:schema20.properties.emailDomain,data:data108};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/exclude/" + i6+"/emailDomain",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailDomain.type,parentSchema:schema20.properties.emailDomain,data:data108};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data106.emailList !== undefined){
let data109 = data106.emailList;
if(typeof data109 === "string"){
if(func2(data109) < 1){
const err278 = {instancePath:instancePath+"/exclude/" + i6+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.emailList,data:data109};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
else {
const err279 = {instancePath:instancePath+"/exclude/" + i6+"/emailList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/emailList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.emailList.type,parentSchema:schema20.properties.emailList,data:data109};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data106.everyone !== undefined){
let data110 = data106.everyone;
if(typeof data110 !== "boolean"){
const err280 = {instancePath:instancePath+"/exclude/" + i6+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.everyone.type,parentSchema:schema20.properties.everyone,data:data110};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(true !== data110){
const err281 = {instancePath:instancePath+"/exclude/" + i6+"/everyone",schemaPath:"common.schema.json#/definitions/AccessRule/properties/everyone/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.everyone,data:data110};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data106.group !== undefined){
let data111 = data106.group;
if(typeof data111 === "string"){
if(func2(data111) < 1){
const err282 = {instancePath:instancePath+"/exclude/" + i6+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.group,data:data111};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/exclude/" + i6+"/group",schemaPath:"common.schema.json#/definitions/AccessRule/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.group.type,parentSchema:schema20.properties.group,data:data111};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data106.ip !== undefined){
let data112 = data106.ip;
if(typeof data112 === "string"){
if(!pattern4.test(data112)){
const err284 = {instancePath:instancePath+"/exclude/" + i6+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"+"\"",schema:"^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$",parentSchema:schema20.properties.ip,data:data112};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(formats4(data112))){
const err285 = {instancePath:instancePath+"/exclude/" + i6+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/format",keyword:"format",params:{format: "cidr"},message:"must match format \""+"cidr"+"\"",schema:"cidr",parentSchema:schema20.properties.ip,data:data112};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/exclude/" + i6+"/ip",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ip.type,parentSchema:schema20.properties.ip,data:data112};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data106.ipList !== undefined){
let data113 = data106.ipList;
if(typeof data113 === "string"){
if(func2(data113) < 1){
const err287 = {instancePath:instancePath+"/exclude/" + i6+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.ipList,data:data113};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
else {
const err288 = {instancePath:instancePath+"/exclude/" + i6+"/ipList",schemaPath:"common.schema.json#/definitions/AccessRule/properties/ipList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipList.type,parentSchema:schema20.properties.ipList,data:data113};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data106.geo !== undefined){
let data114 = data106.geo;
if(typeof data114 === "string"){
if(!pattern5.test(data114)){
const err289 = {instancePath:instancePath+"/exclude/" + i6+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema20.properties.geo,data:data114};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(!(formats6(data114))){
const err290 = {instancePath:instancePath+"/exclude/" + i6+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/format",keyword:"format",params:{format: "country-code"},message:"must match format \""+"country-code"+"\"",schema:"country-code",parentSchema:schema20.properties.geo,data:data114};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/exclude/" + i6+"/geo",schemaPath:"common.schema.json#/definitions/AccessRule/properties/geo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.geo.type,parentSchema:schema20.properties.geo,data:data114};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data106.loginMethod !== undefined){
let data115 = data106.loginMethod;
if(typeof data115 === "string"){
if(func2(data115) < 1){
const err292 = {instancePath:instancePath+"/exclude/" + i6+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.loginMethod,data:data115};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/exclude/" + i6+"/loginMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/loginMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.loginMethod.type,parentSchema:schema20.properties.loginMethod,data:data115};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data106.authMethod !== undefined){
let data116 = data106.authMethod;
if(typeof data116 === "string"){
if(func2(data116) < 1){
const err294 = {instancePath:instancePath+"/exclude/" + i6+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authMethod,data:data116};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/exclude/" + i6+"/authMethod",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authMethod.type,parentSchema:schema20.properties.authMethod,data:data116};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data106.serviceToken !== undefined){
let data117 = data106.serviceToken;
if(typeof data117 === "string"){
if(func2(data117) < 1){
const err296 = {instancePath:instancePath+"/exclude/" + i6+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.serviceToken,data:data117};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/exclude/" + i6+"/serviceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/serviceToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.serviceToken.type,parentSchema:schema20.properties.serviceToken,data:data117};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data106.anyValidServiceToken !== undefined){
let data118 = data106.anyValidServiceToken;
if(typeof data118 !== "boolean"){
const err298 = {instancePath:instancePath+"/exclude/" + i6+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.anyValidServiceToken.type,parentSchema:schema20.properties.anyValidServiceToken,data:data118};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(true !== data118){
const err299 = {instancePath:instancePath+"/exclude/" + i6+"/anyValidServiceToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/anyValidServiceToken/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.anyValidServiceToken,data:data118};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data106.certificate !== undefined){
let data119 = data106.certificate;
if(typeof data119 !== "boolean"){
const err300 = {instancePath:instancePath+"/exclude/" + i6+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.certificate.type,parentSchema:schema20.properties.certificate,data:data119};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(true !== data119){
const err301 = {instancePath:instancePath+"/exclude/" + i6+"/certificate",schemaPath:"common.schema.json#/definitions/AccessRule/properties/certificate/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.certificate,data:data119};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data106.commonName !== undefined){
let data120 = data106.commonName;
if(typeof data120 === "string"){
if(func2(data120) < 1){
const err302 = {instancePath:instancePath+"/exclude/" + i6+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.commonName,data:data120};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
else {
const err303 = {instancePath:instancePath+"/exclude/" + i6+"/commonName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.commonName.type,parentSchema:schema20.properties.commonName,data:data120};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data106.devicePosture !== undefined){
let data121 = data106.devicePosture;
const _errs288 = errors;
let valid43 = false;
let passing4 = null;
const _errs289 = errors;
if(typeof data121 === "string"){
if(func2(data121) < 1){
const err304 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data121};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
else {
const err305 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[0].type,parentSchema:schema20.properties.devicePosture.oneOf[0],data:data121};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
var _valid4 = _errs289 === errors;
if(_valid4){
valid43 = true;
passing4 = 0;
}
const _errs291 = errors;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
if(data121.integrationUid === undefined){
const err306 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "integrationUid"},message:"must have required property '"+"integrationUid"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data121};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(data121.accountId === undefined){
const err307 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.devicePosture.oneOf[1].required,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data121};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
for(const key24 in data121){
if(!((key24 === "integrationUid") || (key24 === "accountId"))){
const err308 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data121};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data121.integrationUid !== undefined){
let data122 = data121.integrationUid;
if(typeof data122 === "string"){
if(func2(data122) < 1){
const err309 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data122};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
else {
const err310 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/integrationUid",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/integrationUid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.integrationUid,data:data122};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data121.accountId !== undefined){
let data123 = data121.accountId;
if(typeof data123 === "string"){
if(func2(data123) < 1){
const err311 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data123};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.devicePosture.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.devicePosture.oneOf[1].properties.accountId,data:data123};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
}
else {
const err313 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.devicePosture.oneOf[1].type,parentSchema:schema20.properties.devicePosture.oneOf[1],data:data121};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
var _valid4 = _errs291 === errors;
if(_valid4 && valid43){
valid43 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid43 = true;
passing4 = 1;
}
}
if(!valid43){
const err314 = {instancePath:instancePath+"/exclude/" + i6+"/devicePosture",schemaPath:"common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema20.properties.devicePosture.oneOf,parentSchema:schema20.properties.devicePosture,data:data121};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
else {
errors = _errs288;
if(vErrors !== null){
if(_errs288){
vErrors.length = _errs288;
}
else {
vErrors = null;
}
}
}
}
if(data106.cloudflareAccountMember !== undefined){
let data124 = data106.cloudflareAccountMember;
const _errs299 = errors;
let valid45 = false;
let passing5 = null;
const _errs300 = errors;
if(typeof data124 !== "boolean"){
const err315 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.cloudflareAccountMember.oneOf[0].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data124};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if(true !== data124){
const err316 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[0],data:data124};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
var _valid5 = _errs300 === errors;
if(_valid5){
valid45 = true;
passing5 = 0;
}
const _errs302 = errors;
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
if(data124.accountId === undefined){
const err317 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'",schema:schema20.properties.cloudflareAccountMember.oneOf[1].required,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data124};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
for(const key25 in data124){
if(!(key25 === "accountId")){
const err318 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data124};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data124.accountId !== undefined){
let data125 = data124.accountId;
if(typeof data125 === "string"){
if(func2(data125) < 1){
const err319 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data125};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
else {
const err320 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember/accountId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId.type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1].properties.accountId,data:data125};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
else {
const err321 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.cloudflareAccountMember.oneOf[1].type,parentSchema:schema20.properties.cloudflareAccountMember.oneOf[1],data:data124};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var _valid5 = _errs302 === errors;
if(_valid5 && valid45){
valid45 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid45 = true;
passing5 = 1;
}
}
if(!valid45){
const err322 = {instancePath:instancePath+"/exclude/" + i6+"/cloudflareAccountMember",schemaPath:"common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema20.properties.cloudflareAccountMember.oneOf,parentSchema:schema20.properties.cloudflareAccountMember,data:data124};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
else {
errors = _errs299;
if(vErrors !== null){
if(_errs299){
vErrors.length = _errs299;
}
else {
vErrors = null;
}
}
}
}
if(data106.linkedAppToken !== undefined){
let data126 = data106.linkedAppToken;
if(typeof data126 === "string"){
if(func2(data126) < 1){
const err323 = {instancePath:instancePath+"/exclude/" + i6+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.linkedAppToken,data:data126};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/exclude/" + i6+"/linkedAppToken",schemaPath:"common.schema.json#/definitions/AccessRule/properties/linkedAppToken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.linkedAppToken.type,parentSchema:schema20.properties.linkedAppToken,data:data126};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data106.userRiskScore !== undefined){
let data127 = data106.userRiskScore;
if(Array.isArray(data127)){
if(data127.length < 1){
const err325 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.userRiskScore,data:data127};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
const len5 = data127.length;
for(let i7=0; i7<len5; i7++){
let data128 = data127[i7];
if(typeof data128 !== "string"){
const err326 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore/" + i7,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.userRiskScore.items.type,parentSchema:schema20.properties.userRiskScore.items,data:data128};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(!((((data128 === "low") || (data128 === "medium")) || (data128 === "high")) || (data128 === "unscored"))){
const err327 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore/" + i7,schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/items/enum",keyword:"enum",params:{allowedValues: schema20.properties.userRiskScore.items.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.userRiskScore.items.enum,parentSchema:schema20.properties.userRiskScore.items,data:data128};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
let i8 = data127.length;
let j2;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data127[i8];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err328 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema20.properties.userRiskScore,data:data127};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err329 = {instancePath:instancePath+"/exclude/" + i6+"/userRiskScore",schemaPath:"common.schema.json#/definitions/AccessRule/properties/userRiskScore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.userRiskScore.type,parentSchema:schema20.properties.userRiskScore,data:data127};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data106.githubOrganization !== undefined){
let data129 = data106.githubOrganization;
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
if(data129.name === undefined){
const err330 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data129};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(data129.identityProviderId === undefined){
const err331 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.githubOrganization.required,parentSchema:schema20.properties.githubOrganization,data:data129};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
for(const key26 in data129){
if(!(((key26 === "name") || (key26 === "team")) || (key26 === "identityProviderId"))){
const err332 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.githubOrganization,data:data129};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data129.name !== undefined){
let data130 = data129.name;
if(typeof data130 === "string"){
if(func2(data130) < 1){
const err333 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.name,data:data130};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
else {
const err334 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.name.type,parentSchema:schema20.properties.githubOrganization.properties.name,data:data130};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data129.team !== undefined){
let data131 = data129.team;
if(typeof data131 !== "string"){
const err335 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/team",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.team.type,parentSchema:schema20.properties.githubOrganization.properties.team,data:data131};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
if(data129.identityProviderId !== undefined){
let data132 = data129.identityProviderId;
if(typeof data132 === "string"){
if(func2(data132) < 1){
const err336 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data132};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
else {
const err337 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.githubOrganization.properties.identityProviderId.type,parentSchema:schema20.properties.githubOrganization.properties.identityProviderId,data:data132};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
}
else {
const err338 = {instancePath:instancePath+"/exclude/" + i6+"/githubOrganization",schemaPath:"common.schema.json#/definitions/AccessRule/properties/githubOrganization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.githubOrganization.type,parentSchema:schema20.properties.githubOrganization,data:data129};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data106.gsuite !== undefined){
let data133 = data106.gsuite;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
if(data133.email === undefined){
const err339 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data133};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(data133.identityProviderId === undefined){
const err340 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.gsuite.required,parentSchema:schema20.properties.gsuite,data:data133};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
for(const key27 in data133){
if(!((key27 === "email") || (key27 === "identityProviderId"))){
const err341 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.gsuite,data:data133};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data133.email !== undefined){
let data134 = data133.email;
if(typeof data134 === "string"){
if(!(formats0.test(data134))){
const err342 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema20.properties.gsuite.properties.email,data:data134};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/email",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.email.type,parentSchema:schema20.properties.gsuite.properties.email,data:data134};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data133.identityProviderId !== undefined){
let data135 = data133.identityProviderId;
if(typeof data135 === "string"){
if(func2(data135) < 1){
const err344 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data135};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
else {
const err345 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.gsuite.properties.identityProviderId.type,parentSchema:schema20.properties.gsuite.properties.identityProviderId,data:data135};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
}
else {
const err346 = {instancePath:instancePath+"/exclude/" + i6+"/gsuite",schemaPath:"common.schema.json#/definitions/AccessRule/properties/gsuite/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.gsuite.type,parentSchema:schema20.properties.gsuite,data:data133};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data106.azureAd !== undefined){
let data136 = data106.azureAd;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.id === undefined){
const err347 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data136};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
if(data136.identityProviderId === undefined){
const err348 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.azureAd.required,parentSchema:schema20.properties.azureAd,data:data136};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
for(const key28 in data136){
if(!((key28 === "id") || (key28 === "identityProviderId"))){
const err349 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.azureAd,data:data136};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data136.id !== undefined){
let data137 = data136.id;
if(typeof data137 === "string"){
if(func2(data137) < 1){
const err350 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.id,data:data137};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
else {
const err351 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.id.type,parentSchema:schema20.properties.azureAd.properties.id,data:data137};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data136.identityProviderId !== undefined){
let data138 = data136.identityProviderId;
if(typeof data138 === "string"){
if(func2(data138) < 1){
const err352 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data138};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
else {
const err353 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.azureAd.properties.identityProviderId.type,parentSchema:schema20.properties.azureAd.properties.identityProviderId,data:data138};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
}
else {
const err354 = {instancePath:instancePath+"/exclude/" + i6+"/azureAd",schemaPath:"common.schema.json#/definitions/AccessRule/properties/azureAd/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.azureAd.type,parentSchema:schema20.properties.azureAd,data:data136};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data106.okta !== undefined){
let data139 = data106.okta;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.name === undefined){
const err355 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data139};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(data139.identityProviderId === undefined){
const err356 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.okta.required,parentSchema:schema20.properties.okta,data:data139};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
for(const key29 in data139){
if(!((key29 === "name") || (key29 === "identityProviderId"))){
const err357 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.okta,data:data139};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data139.name !== undefined){
let data140 = data139.name;
if(typeof data140 === "string"){
if(func2(data140) < 1){
const err358 = {instancePath:instancePath+"/exclude/" + i6+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.name,data:data140};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
else {
const err359 = {instancePath:instancePath+"/exclude/" + i6+"/okta/name",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.name.type,parentSchema:schema20.properties.okta.properties.name,data:data140};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data139.identityProviderId !== undefined){
let data141 = data139.identityProviderId;
if(typeof data141 === "string"){
if(func2(data141) < 1){
const err360 = {instancePath:instancePath+"/exclude/" + i6+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data141};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/exclude/" + i6+"/okta/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.okta.properties.identityProviderId.type,parentSchema:schema20.properties.okta.properties.identityProviderId,data:data141};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
}
else {
const err362 = {instancePath:instancePath+"/exclude/" + i6+"/okta",schemaPath:"common.schema.json#/definitions/AccessRule/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.okta.type,parentSchema:schema20.properties.okta,data:data139};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data106.saml !== undefined){
let data142 = data106.saml;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.attributeName === undefined){
const err363 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeName"},message:"must have required property '"+"attributeName"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data142};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(data142.attributeValue === undefined){
const err364 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "attributeValue"},message:"must have required property '"+"attributeValue"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data142};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
if(data142.identityProviderId === undefined){
const err365 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.saml.required,parentSchema:schema20.properties.saml,data:data142};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
for(const key30 in data142){
if(!(((key30 === "attributeName") || (key30 === "attributeValue")) || (key30 === "identityProviderId"))){
const err366 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.saml,data:data142};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data142.attributeName !== undefined){
let data143 = data142.attributeName;
if(typeof data143 === "string"){
if(func2(data143) < 1){
const err367 = {instancePath:instancePath+"/exclude/" + i6+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.attributeName,data:data143};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
else {
const err368 = {instancePath:instancePath+"/exclude/" + i6+"/saml/attributeName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeName.type,parentSchema:schema20.properties.saml.properties.attributeName,data:data143};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data142.attributeValue !== undefined){
let data144 = data142.attributeValue;
if(typeof data144 !== "string"){
const err369 = {instancePath:instancePath+"/exclude/" + i6+"/saml/attributeValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/attributeValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.attributeValue.type,parentSchema:schema20.properties.saml.properties.attributeValue,data:data144};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data142.identityProviderId !== undefined){
let data145 = data142.identityProviderId;
if(typeof data145 === "string"){
if(func2(data145) < 1){
const err370 = {instancePath:instancePath+"/exclude/" + i6+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data145};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath:instancePath+"/exclude/" + i6+"/saml/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.saml.properties.identityProviderId.type,parentSchema:schema20.properties.saml.properties.identityProviderId,data:data145};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
}
else {
const err372 = {instancePath:instancePath+"/exclude/" + i6+"/saml",schemaPath:"common.schema.json#/definitions/AccessRule/properties/saml/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.saml.type,parentSchema:schema20.properties.saml,data:data142};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data106.oidc !== undefined){
let data146 = data106.oidc;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.claimName === undefined){
const err373 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimName"},message:"must have required property '"+"claimName"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data146};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(data146.claimValue === undefined){
const err374 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "claimValue"},message:"must have required property '"+"claimValue"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data146};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(data146.identityProviderId === undefined){
const err375 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.oidc.required,parentSchema:schema20.properties.oidc,data:data146};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
for(const key31 in data146){
if(!(((key31 === "claimName") || (key31 === "claimValue")) || (key31 === "identityProviderId"))){
const err376 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.oidc,data:data146};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data146.claimName !== undefined){
let data147 = data146.claimName;
if(typeof data147 === "string"){
if(func2(data147) < 1){
const err377 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.claimName,data:data147};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
else {
const err378 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/claimName",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimName.type,parentSchema:schema20.properties.oidc.properties.claimName,data:data147};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data146.claimValue !== undefined){
let data148 = data146.claimValue;
if(typeof data148 !== "string"){
const err379 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/claimValue",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/claimValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.claimValue.type,parentSchema:schema20.properties.oidc.properties.claimValue,data:data148};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data146.identityProviderId !== undefined){
let data149 = data146.identityProviderId;
if(typeof data149 === "string"){
if(func2(data149) < 1){
const err380 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data149};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
else {
const err381 = {instancePath:instancePath+"/exclude/" + i6+"/oidc/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.oidc.properties.identityProviderId.type,parentSchema:schema20.properties.oidc.properties.identityProviderId,data:data149};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
}
else {
const err382 = {instancePath:instancePath+"/exclude/" + i6+"/oidc",schemaPath:"common.schema.json#/definitions/AccessRule/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.oidc.type,parentSchema:schema20.properties.oidc,data:data146};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data106.authContext !== undefined){
let data150 = data106.authContext;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.id === undefined){
const err383 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data150};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
if(data150.acId === undefined){
const err384 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "acId"},message:"must have required property '"+"acId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data150};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
if(data150.identityProviderId === undefined){
const err385 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/required",keyword:"required",params:{missingProperty: "identityProviderId"},message:"must have required property '"+"identityProviderId"+"'",schema:schema20.properties.authContext.required,parentSchema:schema20.properties.authContext,data:data150};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
for(const key32 in data150){
if(!(((key32 === "id") || (key32 === "acId")) || (key32 === "identityProviderId"))){
const err386 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.authContext,data:data150};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data150.id !== undefined){
let data151 = data150.id;
if(typeof data151 !== "string"){
const err387 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/id",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.id.type,parentSchema:schema20.properties.authContext.properties.id,data:data151};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data150.acId !== undefined){
let data152 = data150.acId;
if(typeof data152 !== "string"){
const err388 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/acId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/acId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.acId.type,parentSchema:schema20.properties.authContext.properties.acId,data:data152};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data150.identityProviderId !== undefined){
let data153 = data150.identityProviderId;
if(typeof data153 === "string"){
if(func2(data153) < 1){
const err389 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data153};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
else {
const err390 = {instancePath:instancePath+"/exclude/" + i6+"/authContext/identityProviderId",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/properties/identityProviderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.authContext.properties.identityProviderId.type,parentSchema:schema20.properties.authContext.properties.identityProviderId,data:data153};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
}
else {
const err391 = {instancePath:instancePath+"/exclude/" + i6+"/authContext",schemaPath:"common.schema.json#/definitions/AccessRule/properties/authContext/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.authContext.type,parentSchema:schema20.properties.authContext,data:data150};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data106.externalEvaluation !== undefined){
let data154 = data106.externalEvaluation;
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
if(data154.evaluateUrl === undefined){
const err392 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "evaluateUrl"},message:"must have required property '"+"evaluateUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data154};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if(data154.keysUrl === undefined){
const err393 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/required",keyword:"required",params:{missingProperty: "keysUrl"},message:"must have required property '"+"keysUrl"+"'",schema:schema20.properties.externalEvaluation.required,parentSchema:schema20.properties.externalEvaluation,data:data154};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
for(const key33 in data154){
if(!((key33 === "evaluateUrl") || (key33 === "keysUrl"))){
const err394 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.externalEvaluation,data:data154};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data154.evaluateUrl !== undefined){
let data155 = data154.evaluateUrl;
if(typeof data155 === "string"){
if(!(formats10(data155))){
const err395 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data155};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
else {
const err396 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/evaluateUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/evaluateUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.evaluateUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.evaluateUrl,data:data155};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data154.keysUrl !== undefined){
let data156 = data154.keysUrl;
if(typeof data156 === "string"){
if(!(formats10(data156))){
const err397 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data156};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
else {
const err398 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation/keysUrl",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/properties/keysUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.externalEvaluation.properties.keysUrl.type,parentSchema:schema20.properties.externalEvaluation.properties.keysUrl,data:data156};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
}
else {
const err399 = {instancePath:instancePath+"/exclude/" + i6+"/externalEvaluation",schemaPath:"common.schema.json#/definitions/AccessRule/properties/externalEvaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.externalEvaluation.type,parentSchema:schema20.properties.externalEvaluation,data:data154};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
}
else {
const err400 = {instancePath:instancePath+"/exclude/" + i6,schemaPath:"common.schema.json#/definitions/AccessRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data106};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
}
else {
const err401 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.exclude.type,parentSchema:schema29.properties.exclude,data:data105};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data.sessionDuration !== undefined){
let data157 = data.sessionDuration;
if(typeof data157 === "string"){
if(!pattern24.test(data157)){
const err402 = {instancePath:instancePath+"/sessionDuration",schemaPath:"#/properties/sessionDuration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema29.properties.sessionDuration,data:data157};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
else {
const err403 = {instancePath:instancePath+"/sessionDuration",schemaPath:"#/properties/sessionDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.sessionDuration.type,parentSchema:schema29.properties.sessionDuration,data:data157};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
}
else {
const err404 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("mcpportal/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/const",keyword:"const",params:{allowedValue: "mcpportal/v1"},message:"must be equal to constant",schema:"mcpportal/v1",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.kind.type,parentSchema:schema23.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("AccessPolicy" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AccessPolicy"},message:"must be equal to constant",schema:"AccessPolicy",parentSchema:schema23.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(!(validate18(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/PolicyName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema28,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/PolicyName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern2.test(data3)){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/PolicyName/pattern",keyword:"pattern",params:{pattern: "^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"},message:"must match pattern \""+"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"+"\"",schema:"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$",parentSchema:schema28,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/PolicyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data.spec !== undefined){
if(!(validate20(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const v2 = validate22;
const schema33 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"McpServer","description":"An upstream MCP server registered with the portal service. The portal syncs its tools and prompts and reports status Waiting, Ready or Error.","type":"object","definitions":{"UnauthenticatedAuth":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"unauthenticated","description":"No credential is sent upstream.","type":"string"}}},"BearerAuth":{"type":"object","additionalProperties":false,"required":["type"],"description":"Give exactly one of token or headers.","properties":{"type":{"const":"bearer","type":"string"},"token":{"description":"Sent upstream as Authorization: Bearer <token>.","allOf":[{"$ref":"common.schema.json#/definitions/SecretRef"}]},"headers":{"description":"Custom headers sent upstream, e.g. CF-Access-Client-Id and CF-Access-Client-Secret.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},"additionalProperties":{"$ref":"common.schema.json#/definitions/SecretRef"}}},"oneOf":[{"required":["token"]},{"required":["headers"]}]},"OAuthAuth":{"type":"object","additionalProperties":false,"required":["type"],"description":"OAuth to the upstream. Without clientId the portal uses dynamic client registration; with clientId it uses that pre-registered client (then authorizationEndpoint, tokenEndpoint and clientSecret are required).","properties":{"type":{"const":"oauth","type":"string"},"clientId":{"type":"string","minLength":1},"clientSecret":{"description":"The pre-registered client's secret.","allOf":[{"$ref":"common.schema.json#/definitions/SecretRef"}]},"authorizationEndpoint":{"type":"string","format":"uri"},"tokenEndpoint":{"type":"string","format":"uri"},"issuer":{"type":"string","format":"uri"},"revocationEndpoint":{"type":"string","format":"uri"},"scope":{"type":"string"},"tokenEndpointAuthMethod":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]},"redirectUris":{"type":"array","items":{"type":"string","format":"uri"}},"sharedCallback":{"description":"Use Cloudflare's shared OAuth callback instead of https://<portal-host>/servers-callback.","type":"boolean","default":false}},"dependencies":{"clientId":["authorizationEndpoint","tokenEndpoint","clientSecret"]}},"Auth":{"description":"How the portal authenticates to the upstream. type cannot change in place: changing it replaces the server.","type":"object","discriminator":{"propertyName":"type"},"required":["type"],"oneOf":[{"$ref":"#/definitions/UnauthenticatedAuth"},{"$ref":"#/definitions/BearerAuth"},{"$ref":"#/definitions/OAuthAuth"}]},"Spec":{"type":"object","x-replace-on-change":["url","auth.type"],"additionalProperties":false,"required":["url"],"properties":{"displayName":{"description":"The display name (API name). Defaults to metadata.name.","type":"string","minLength":1,"maxLength":350},"url":{"description":"The full upstream MCP URL (API hostname). Changing it replaces the server.","type":"string","format":"uri","pattern":"^https?://","examples":["https://wiki.example.com/mcp"]},"description":{"type":"string","maxLength":512},"auth":{"$ref":"#/definitions/Auth"},"secureWebGateway":{"description":"Route outbound traffic to this server through Gateway.","type":"boolean","default":false},"tools":{"description":"Server-wide tool overrides.","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"prompts":{"description":"Server-wide prompt overrides.","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"policies":{"description":"Who sees this server in portals: the policies of its Access application (type mcp).","$ref":"common.schema.json#/definitions/PolicyRefs"}}}},"properties":{"apiVersion":{"$ref":"common.schema.json#/definitions/ApiVersion"},"kind":{"type":"string","const":"McpServer"},"metadata":{"allOf":[{"$ref":"common.schema.json#/definitions/Metadata"},{"properties":{"name":{"$ref":"common.schema.json#/definitions/ObjectId"}}}]},"spec":{"$ref":"#/definitions/Spec"}},"required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"examples":[{"apiVersion":"mcpportal/v1","kind":"McpServer","metadata":{"name":"wiki"},"spec":{"displayName":"Company Wiki","url":"https://wiki.example.com/mcp","auth":{"type":"bearer","token":{"fromEnv":"WIKI_TOKEN"}},"policies":["engineers"]}}]};
const schema38 = {"description":"A caller-chosen API id: 1-32 characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit. No underscore: portals namespace tools as {server_id}_{name} and split on the first underscore.","type":"string","minLength":1,"maxLength":32,"pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","examples":["wiki","github-tools"]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "labels")) || (key0 === "annotations")) || (key0 === "managementPolicy")) || (key0 === "deletionPolicy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func2(data2) > 253){
const err5 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.annotations !== undefined){
let data3 = data.annotations;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs14 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err8 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
const err9 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func2(data4) > 253){
const err10 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.managementPolicy !== undefined){
let data5 = data.managementPolicy;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.managementPolicy.type,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "full") || (data5 === "observe"))){
const err14 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.managementPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.managementPolicy.enum,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.deletionPolicy !== undefined){
let data6 = data.deletionPolicy;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.deletionPolicy.type,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === "delete") || (data6 === "orphan"))){
const err16 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.deletionPolicy.enum,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","x-replace-on-change":["url","auth.type"],"additionalProperties":false,"required":["url"],"properties":{"displayName":{"description":"The display name (API name). Defaults to metadata.name.","type":"string","minLength":1,"maxLength":350},"url":{"description":"The full upstream MCP URL (API hostname). Changing it replaces the server.","type":"string","format":"uri","pattern":"^https?://","examples":["https://wiki.example.com/mcp"]},"description":{"type":"string","maxLength":512},"auth":{"$ref":"#/definitions/Auth"},"secureWebGateway":{"description":"Route outbound traffic to this server through Gateway.","type":"boolean","default":false},"tools":{"description":"Server-wide tool overrides.","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"prompts":{"description":"Server-wide prompt overrides.","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"policies":{"description":"Who sees this server in portals: the policies of its Access application (type mcp).","$ref":"common.schema.json#/definitions/PolicyRefs"}}};
const pattern28 = new RegExp("^https?://", "u");
const schema40 = {"description":"How the portal authenticates to the upstream. type cannot change in place: changing it replaces the server.","type":"object","discriminator":{"propertyName":"type"},"required":["type"],"oneOf":[{"$ref":"#/definitions/UnauthenticatedAuth"},{"$ref":"#/definitions/BearerAuth"},{"$ref":"#/definitions/OAuthAuth"}]};
const schema46 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"unauthenticated","description":"No credential is sent upstream.","type":"string"}}};
const schema41 = {"type":"object","additionalProperties":false,"required":["type"],"description":"Give exactly one of token or headers.","properties":{"type":{"const":"bearer","type":"string"},"token":{"description":"Sent upstream as Authorization: Bearer <token>.","allOf":[{"$ref":"common.schema.json#/definitions/SecretRef"}]},"headers":{"description":"Custom headers sent upstream, e.g. CF-Access-Client-Id and CF-Access-Client-Secret.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},"additionalProperties":{"$ref":"common.schema.json#/definitions/SecretRef"}}},"oneOf":[{"required":["token"]},{"required":["headers"]}]};
const schema42 = {"description":"Where a secret value comes from. Secrets are never written inline in a manifest.","type":"object","oneOf":[{"properties":{"fromEnv":{"description":"Name of an environment variable that holds the value.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["WIKI_TOKEN"]}},"required":["fromEnv"],"additionalProperties":false},{"properties":{"fromFile":{"description":"Path of a file that holds the value (relative paths are resolved from the manifest's folder). A single trailing newline is removed.","type":"string","minLength":1,"examples":["./secrets/wiki-token"]}},"required":["fromFile"],"additionalProperties":false}]};
const pattern29 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern30 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'",schema:schema41.oneOf[0].required,parentSchema:schema41.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headers === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema41.oneOf[1].required,parentSchema:schema41.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema41.oneOf,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "token")) || (key0 === "headers"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.type.type,parentSchema:schema41.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("bearer" !== data0){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "bearer"},message:"must be equal to constant",schema:"bearer",parentSchema:schema41.properties.type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.token !== undefined){
let data1 = data.token;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err7 = {instancePath:instancePath+"/token",schemaPath:"common.schema.json#/definitions/SecretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs11 = errors;
let valid4 = false;
let passing1 = null;
const _errs12 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.fromEnv === undefined){
const err8 = {instancePath:instancePath+"/token",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/required",keyword:"required",params:{missingProperty: "fromEnv"},message:"must have required property '"+"fromEnv"+"'",schema:schema42.oneOf[0].required,parentSchema:schema42.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "fromEnv")){
const err9 = {instancePath:instancePath+"/token",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.fromEnv !== undefined){
let data2 = data1.fromEnv;
if(typeof data2 === "string"){
if(!pattern29.test(data2)){
const err10 = {instancePath:instancePath+"/token/fromEnv",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/properties/fromEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema42.oneOf[0].properties.fromEnv,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/token/fromEnv",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/properties/fromEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.oneOf[0].properties.fromEnv.type,parentSchema:schema42.oneOf[0].properties.fromEnv,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs16 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.fromFile === undefined){
const err12 = {instancePath:instancePath+"/token",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/required",keyword:"required",params:{missingProperty: "fromFile"},message:"must have required property '"+"fromFile"+"'",schema:schema42.oneOf[1].required,parentSchema:schema42.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data1){
if(!(key2 === "fromFile")){
const err13 = {instancePath:instancePath+"/token",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema42.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.fromFile !== undefined){
let data3 = data1.fromFile;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err14 = {instancePath:instancePath+"/token/fromFile",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/properties/fromFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.oneOf[1].properties.fromFile,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/token/fromFile",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/properties/fromFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.oneOf[1].properties.fromFile.type,parentSchema:schema42.oneOf[1].properties.fromFile,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
var _valid1 = _errs16 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err16 = {instancePath:instancePath+"/token",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema42.oneOf,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.headers !== undefined){
let data4 = data.headers;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err17 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.properties.headers,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data4){
const _errs22 = errors;
if(typeof key3 === "string"){
if(!pattern30.test(key3)){
const err18 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"},message:"must match pattern \""+"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"+"\"",schema:"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$",parentSchema:schema41.properties.headers.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid7 = _errs22 === errors;
if(!valid7){
const err19 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema41.properties.headers.propertyNames,parentSchema:schema41.properties.headers,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key4 in data4){
let data5 = data4[key4];
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err20 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/SecretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs27 = errors;
let valid10 = false;
let passing2 = null;
const _errs28 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.fromEnv === undefined){
const err21 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/required",keyword:"required",params:{missingProperty: "fromEnv"},message:"must have required property '"+"fromEnv"+"'",schema:schema42.oneOf[0].required,parentSchema:schema42.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key5 in data5){
if(!(key5 === "fromEnv")){
const err22 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema42.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.fromEnv !== undefined){
let data6 = data5.fromEnv;
if(typeof data6 === "string"){
if(!pattern29.test(data6)){
const err23 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromEnv",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/properties/fromEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema42.oneOf[0].properties.fromEnv,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromEnv",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/properties/fromEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.oneOf[0].properties.fromEnv.type,parentSchema:schema42.oneOf[0].properties.fromEnv,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
var _valid2 = _errs28 === errors;
if(_valid2){
valid10 = true;
passing2 = 0;
}
const _errs32 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.fromFile === undefined){
const err25 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/required",keyword:"required",params:{missingProperty: "fromFile"},message:"must have required property '"+"fromFile"+"'",schema:schema42.oneOf[1].required,parentSchema:schema42.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key6 in data5){
if(!(key6 === "fromFile")){
const err26 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema42.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.fromFile !== undefined){
let data7 = data5.fromFile;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err27 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromFile",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/properties/fromFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.oneOf[1].properties.fromFile,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fromFile",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/properties/fromFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.oneOf[1].properties.fromFile.type,parentSchema:schema42.oneOf[1].properties.fromFile,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
var _valid2 = _errs32 === errors;
if(_valid2 && valid10){
valid10 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid10 = true;
passing2 = 1;
}
}
if(!valid10){
const err29 = {instancePath:instancePath+"/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/definitions/SecretRef/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema42.oneOf,parentSchema:schema42,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.headers.type,parentSchema:schema41.properties.headers,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema44 = {"type":"object","additionalProperties":false,"required":["type"],"description":"OAuth to the upstream. Without clientId the portal uses dynamic client registration; with clientId it uses that pre-registered client (then authorizationEndpoint, tokenEndpoint and clientSecret are required).","properties":{"type":{"const":"oauth","type":"string"},"clientId":{"type":"string","minLength":1},"clientSecret":{"description":"The pre-registered client's secret.","allOf":[{"$ref":"common.schema.json#/definitions/SecretRef"}]},"authorizationEndpoint":{"type":"string","format":"uri"},"tokenEndpoint":{"type":"string","format":"uri"},"issuer":{"type":"string","format":"uri"},"revocationEndpoint":{"type":"string","format":"uri"},"scope":{"type":"string"},"tokenEndpointAuthMethod":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]},"redirectUris":{"type":"array","items":{"type":"string","format":"uri"}},"sharedCallback":{"description":"Use Cloudflare's shared OAuth callback instead of https://<portal-host>/servers-callback.","type":"boolean","default":false}},"dependencies":{"clientId":["authorizationEndpoint","tokenEndpoint","clientSecret"]}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema44.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.clientId !== undefined){
if(data.authorizationEndpoint === undefined){
const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "clientId",
    missingProperty: "authorizationEndpoint",
    depsCount: 3,
    deps: "authorizationEndpoint, tokenEndpoint, clientSecret"},message:"must have properties authorizationEndpoint, tokenEndpoint, clientSecret when property clientId is present",schema:schema44.dependencies,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tokenEndpoint === undefined){
const err3 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "clientId",
    missingProperty: "tokenEndpoint",
    depsCount: 3,
    deps: "authorizationEndpoint, tokenEndpoint, clientSecret"},message:"must have properties authorizationEndpoint, tokenEndpoint, clientSecret when property clientId is present",schema:schema44.dependencies,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.clientSecret === undefined){
const err4 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "clientId",
    missingProperty: "clientSecret",
    depsCount: 3,
    deps: "authorizationEndpoint, tokenEndpoint, clientSecret"},message:"must have properties authorizationEndpoint, tokenEndpoint, clientSecret when property clientId is present",schema:schema44.dependencies,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.type.type,parentSchema:schema44.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("oauth" !== data0){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "oauth"},message:"must be equal to constant",schema:"oauth",parentSchema:schema44.properties.type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.clientId !== undefined){
let data1 = data.clientId;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.clientId,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.clientId.type,parentSchema:schema44.properties.clientId,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data2 = data.clientSecret;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err9 = {instancePath:instancePath+"/clientSecret",schemaPath:"common.schema.json#/definitions/SecretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs10 = errors;
let valid4 = false;
let passing0 = null;
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.fromEnv === undefined){
const err10 = {instancePath:instancePath+"/clientSecret",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/required",keyword:"required",params:{missingProperty: "fromEnv"},message:"must have required property '"+"fromEnv"+"'",schema:schema42.oneOf[0].required,parentSchema:schema42.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "fromEnv")){
const err11 = {instancePath:instancePath+"/clientSecret",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.fromEnv !== undefined){
let data3 = data2.fromEnv;
if(typeof data3 === "string"){
if(!pattern29.test(data3)){
const err12 = {instancePath:instancePath+"/clientSecret/fromEnv",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/properties/fromEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema42.oneOf[0].properties.fromEnv,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/clientSecret/fromEnv",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/0/properties/fromEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.oneOf[0].properties.fromEnv.type,parentSchema:schema42.oneOf[0].properties.fromEnv,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs15 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.fromFile === undefined){
const err14 = {instancePath:instancePath+"/clientSecret",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/required",keyword:"required",params:{missingProperty: "fromFile"},message:"must have required property '"+"fromFile"+"'",schema:schema42.oneOf[1].required,parentSchema:schema42.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "fromFile")){
const err15 = {instancePath:instancePath+"/clientSecret",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema42.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.fromFile !== undefined){
let data4 = data2.fromFile;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err16 = {instancePath:instancePath+"/clientSecret/fromFile",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/properties/fromFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.oneOf[1].properties.fromFile,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/clientSecret/fromFile",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf/1/properties/fromFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.oneOf[1].properties.fromFile.type,parentSchema:schema42.oneOf[1].properties.fromFile,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err18 = {instancePath:instancePath+"/clientSecret",schemaPath:"common.schema.json#/definitions/SecretRef/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema42.oneOf,parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.authorizationEndpoint !== undefined){
let data5 = data.authorizationEndpoint;
if(typeof data5 === "string"){
if(!(formats10(data5))){
const err19 = {instancePath:instancePath+"/authorizationEndpoint",schemaPath:"#/properties/authorizationEndpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema44.properties.authorizationEndpoint,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/authorizationEndpoint",schemaPath:"#/properties/authorizationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.authorizationEndpoint.type,parentSchema:schema44.properties.authorizationEndpoint,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.tokenEndpoint !== undefined){
let data6 = data.tokenEndpoint;
if(typeof data6 === "string"){
if(!(formats10(data6))){
const err21 = {instancePath:instancePath+"/tokenEndpoint",schemaPath:"#/properties/tokenEndpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema44.properties.tokenEndpoint,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/tokenEndpoint",schemaPath:"#/properties/tokenEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.tokenEndpoint.type,parentSchema:schema44.properties.tokenEndpoint,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.issuer !== undefined){
let data7 = data.issuer;
if(typeof data7 === "string"){
if(!(formats10(data7))){
const err23 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema44.properties.issuer,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.issuer.type,parentSchema:schema44.properties.issuer,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.revocationEndpoint !== undefined){
let data8 = data.revocationEndpoint;
if(typeof data8 === "string"){
if(!(formats10(data8))){
const err25 = {instancePath:instancePath+"/revocationEndpoint",schemaPath:"#/properties/revocationEndpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema44.properties.revocationEndpoint,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/revocationEndpoint",schemaPath:"#/properties/revocationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.revocationEndpoint.type,parentSchema:schema44.properties.revocationEndpoint,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.scope !== undefined){
let data9 = data.scope;
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.scope.type,parentSchema:schema44.properties.scope,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.tokenEndpointAuthMethod !== undefined){
let data10 = data.tokenEndpointAuthMethod;
if(typeof data10 !== "string"){
const err28 = {instancePath:instancePath+"/tokenEndpointAuthMethod",schemaPath:"#/properties/tokenEndpointAuthMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.tokenEndpointAuthMethod.type,parentSchema:schema44.properties.tokenEndpointAuthMethod,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data10 === "client_secret_basic") || (data10 === "client_secret_post")) || (data10 === "none"))){
const err29 = {instancePath:instancePath+"/tokenEndpointAuthMethod",schemaPath:"#/properties/tokenEndpointAuthMethod/enum",keyword:"enum",params:{allowedValues: schema44.properties.tokenEndpointAuthMethod.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.tokenEndpointAuthMethod.enum,parentSchema:schema44.properties.tokenEndpointAuthMethod,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.redirectUris !== undefined){
let data11 = data.redirectUris;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(typeof data12 === "string"){
if(!(formats10(data12))){
const err30 = {instancePath:instancePath+"/redirectUris/" + i0,schemaPath:"#/properties/redirectUris/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema44.properties.redirectUris.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/redirectUris/" + i0,schemaPath:"#/properties/redirectUris/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.redirectUris.items.type,parentSchema:schema44.properties.redirectUris.items,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/redirectUris",schemaPath:"#/properties/redirectUris/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.redirectUris.type,parentSchema:schema44.properties.redirectUris,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.sharedCallback !== undefined){
let data13 = data.sharedCallback;
if(typeof data13 !== "boolean"){
const err33 = {instancePath:instancePath+"/sharedCallback",schemaPath:"#/properties/sharedCallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.sharedCallback.type,parentSchema:schema44.properties.sharedCallback,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "unauthenticated"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/definitions/UnauthenticatedAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "type")){
const err2 = {instancePath,schemaPath:"#/definitions/UnauthenticatedAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/UnauthenticatedAuth/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.type.type,parentSchema:schema46.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("unauthenticated" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/UnauthenticatedAuth/properties/type/const",keyword:"const",params:{allowedValue: "unauthenticated"},message:"must be equal to constant",schema:"unauthenticated",parentSchema:schema46.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/definitions/UnauthenticatedAuth/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else if(tag0 === "bearer"){
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
else if(tag0 === "oauth"){
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
else {
const err6 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema40.discriminator,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema40.discriminator,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema47 = {"description":"Overrides by upstream name; each name at most once.","type":"array","items":{"$ref":"#/definitions/CapabilityOverride"},"default":[]};
const schema48 = {"description":"An override of one upstream tool or prompt, matched by its upstream name.","type":"object","properties":{"name":{"description":"The upstream name of the tool or prompt.","type":"string","minLength":1,"maxLength":128},"alias":{"$ref":"#/definitions/Alias"},"description":{"description":"Replaces the upstream description shown to clients.","type":"string","maxLength":1024},"enabled":{"description":"Whether clients see and can call it.","type":"boolean"}},"required":["name"],"additionalProperties":false};
const schema49 = {"description":"The name exposed instead of the upstream name: 1-40 letters or digits, in groups joined by single '_' or '-'.","type":"string","minLength":1,"maxLength":40,"pattern":"^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$","examples":["search"]};
const pattern33 = new RegExp("^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "alias")) || (key0 === "description")) || (key0 === "enabled"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema48.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.name.type,parentSchema:schema48.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.alias !== undefined){
let data1 = data.alias;
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err5 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/Alias/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/Alias/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern33.test(data1)){
const err7 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/Alias/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$"},message:"must match pattern \""+"^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$"+"\"",schema:"^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$",parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/alias",schemaPath:"#/definitions/Alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1024){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.description.type,parentSchema:schema48.properties.description,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.enabled !== undefined){
let data3 = data.enabled;
if(typeof data3 !== "boolean"){
const err11 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.enabled.type,parentSchema:schema48.properties.enabled,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema50 = {"description":"Names of AccessPolicy manifests, in precedence order (the first is evaluated first).","type":"array","items":{"$ref":"#/definitions/PolicyName"},"uniqueItems":true,"default":[]};
const func0 = __ajv.equal;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern2.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/pattern",keyword:"pattern",params:{pattern: "^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"},message:"must match pattern \""+"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"+"\"",schema:"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$",parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "displayName") || (key0 === "url")) || (key0 === "description")) || (key0 === "auth")) || (key0 === "secureWebGateway")) || (key0 === "tools")) || (key0 === "prompts")) || (key0 === "policies"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.displayName !== undefined){
let data0 = data.displayName;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err2 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema39.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.displayName.type,parentSchema:schema39.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!pattern28.test(data1)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema39.properties.url,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats10(data1))){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39.properties.url,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.url.type,parentSchema:schema39.properties.url,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 512){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema39.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.description.type,parentSchema:schema39.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.auth !== undefined){
if(!(validate26(data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.secureWebGateway !== undefined){
let data4 = data.secureWebGateway;
if(typeof data4 !== "boolean"){
const err10 = {instancePath:instancePath+"/secureWebGateway",schemaPath:"#/properties/secureWebGateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.secureWebGateway.type,parentSchema:schema39.properties.secureWebGateway,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tools !== undefined){
if(!(validate32(data.tools, {instancePath:instancePath+"/tools",parentData:data,parentDataProperty:"tools",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.prompts !== undefined){
if(!(validate32(data.prompts, {instancePath:instancePath+"/prompts",parentData:data,parentDataProperty:"prompts",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.policies !== undefined){
if(!(validate37(data.policies, {instancePath:instancePath+"/policies",parentData:data,parentDataProperty:"policies",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const pattern27 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("mcpportal/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/const",keyword:"const",params:{allowedValue: "mcpportal/v1"},message:"must be equal to constant",schema:"mcpportal/v1",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.kind.type,parentSchema:schema33.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("McpServer" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "McpServer"},message:"must be equal to constant",schema:"McpServer",parentSchema:schema33.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(!(validate23(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern27.test(data3)){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data.spec !== undefined){
if(!(validate25(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const v3 = validate40;
const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"McpPortal","description":"A portal: one MCP endpoint (https://<hostname>/mcp) that aggregates the tools, prompts and resources of its servers for the users its policies admit.","type":"object","definitions":{"ServerMapping":{"type":"object","additionalProperties":false,"required":["server"],"properties":{"server":{"description":"The name of an McpServer manifest.","$ref":"common.schema.json#/definitions/ObjectId"},"requireUserAuth":{"description":"Each user authorizes the upstream themselves (API on_behalf). false: the portal uses the server's credential; service tokens reach only such servers.","type":"boolean","default":true},"defaultDisabled":{"description":"Hide all of this server's tools, prompts and resources in this portal unless an override or resource rule enables them (an allowlist).","type":"boolean","default":false},"tools":{"description":"Portal-level tool overrides (they win over the server's).","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"prompts":{"description":"Portal-level prompt overrides.","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"resources":{"description":"Which of this server's resources and resource templates the portal exposes: an ordered list of rules, the first whose uri matches decides; a resource no rule matches is exposed unless defaultDisabled. An extension of Cloudflare's API (it has no resources): plan refuses it against a target that does not announce the extension. Portal-level only (no McpServer rules): resources are a portal feature here, and Cloudflare's server object has no place for them.","type":"array","items":{"$ref":"#/definitions/ResourceRule"},"default":[],"examples":[[{"uri":"docs://guides/*"},{"uri":"docs://internal/*","enabled":false}]]}}},"ResourceRule":{"description":"One rule on a server's resources, matched against the upstream's own URI (or URI template, as written), before the portal's namespacing.","type":"object","additionalProperties":false,"required":["uri"],"properties":{"uri":{"description":"An upstream resource URI or URI template, exactly; or a pattern where * stands for any run of characters (docs://guides/*, *.md, *). Each uri at most once per server.","type":"string","minLength":1,"maxLength":2048,"pattern":"^\\S+$","examples":["docs://guides/*","file:///logs/{date}.log"]},"enabled":{"description":"Whether clients see and can read the matching resources.","type":"boolean","default":true}}},"Dns":{"type":"object","additionalProperties":false,"required":["zoneId"],"description":"The Cloudflare zone that holds the portal's hostname. Given it, plan and apply manage the proxied CNAME <hostname> -> gateway.agents.cloudflare.com the portal needs (a record whose comment is mcp-portals:<owner>); a record for the hostname made by anyone else is never overwritten.","properties":{"zoneId":{"description":"The zone's id (32 hex digits), as in the zone's Overview page.","type":"string","pattern":"^[0-9a-f]{32}$","examples":["023e105f4ecef8ad9ca31a8372d0c353"]}}},"Spec":{"type":"object","x-replace-on-change":[],"additionalProperties":false,"required":["hostname"],"properties":{"displayName":{"description":"The display name (API name). Defaults to metadata.name.","type":"string","minLength":1,"maxLength":350},"hostname":{"description":"A bare hostname; users connect to https://<hostname>/mcp.","type":"string","maxLength":253,"pattern":"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","examples":["mcp.example.com"]},"description":{"type":"string","maxLength":512},"codeMode":{"description":"Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may opt out with ?codemode=off) or enforced.","type":"string","enum":["off","opt_in","default_on","enforced"],"default":"opt_in"},"secureWebGateway":{"description":"Route outbound MCP traffic through Gateway.","type":"boolean","default":false},"policies":{"description":"Who can connect: the policies of the portal's Access application (type mcp_portal).","$ref":"common.schema.json#/definitions/PolicyRefs"},"dns":{"description":"Manage the portal hostname's DNS record in this Cloudflare zone (without it, the plan only notes the record it needs).","$ref":"#/definitions/Dns"},"servers":{"description":"The servers this portal exposes, a set keyed by server (order does not matter).","type":"array","items":{"$ref":"#/definitions/ServerMapping"},"default":[]}}}},"properties":{"apiVersion":{"$ref":"common.schema.json#/definitions/ApiVersion"},"kind":{"type":"string","const":"McpPortal"},"metadata":{"allOf":[{"$ref":"common.schema.json#/definitions/Metadata"},{"properties":{"name":{"$ref":"common.schema.json#/definitions/ObjectId"}}}]},"spec":{"$ref":"#/definitions/Spec"}},"required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"examples":[{"apiVersion":"mcpportal/v1","kind":"McpPortal","metadata":{"name":"engineering"},"spec":{"hostname":"mcp.example.com","policies":["engineers"],"servers":[{"server":"wiki","resources":[{"uri":"wiki://drafts/*","enabled":false}]}]}}]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "labels")) || (key0 === "annotations")) || (key0 === "managementPolicy")) || (key0 === "deletionPolicy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.labels !== undefined){
let data1 = data.labels;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func2(data2) > 253){
const err5 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.annotations !== undefined){
let data3 = data.annotations;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs14 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err8 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$",parentSchema:schema16.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid5 = _errs14 === errors;
if(!valid5){
const err9 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(func2(data4) > 253){
const err10 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/Labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.managementPolicy !== undefined){
let data5 = data.managementPolicy;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.managementPolicy.type,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "full") || (data5 === "observe"))){
const err14 = {instancePath:instancePath+"/managementPolicy",schemaPath:"#/properties/managementPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.managementPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.managementPolicy.enum,parentSchema:schema15.properties.managementPolicy,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.deletionPolicy !== undefined){
let data6 = data.deletionPolicy;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.deletionPolicy.type,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === "delete") || (data6 === "orphan"))){
const err16 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema15.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.deletionPolicy.enum,parentSchema:schema15.properties.deletionPolicy,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const schema58 = {"type":"object","x-replace-on-change":[],"additionalProperties":false,"required":["hostname"],"properties":{"displayName":{"description":"The display name (API name). Defaults to metadata.name.","type":"string","minLength":1,"maxLength":350},"hostname":{"description":"A bare hostname; users connect to https://<hostname>/mcp.","type":"string","maxLength":253,"pattern":"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","examples":["mcp.example.com"]},"description":{"type":"string","maxLength":512},"codeMode":{"description":"Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may opt out with ?codemode=off) or enforced.","type":"string","enum":["off","opt_in","default_on","enforced"],"default":"opt_in"},"secureWebGateway":{"description":"Route outbound MCP traffic through Gateway.","type":"boolean","default":false},"policies":{"description":"Who can connect: the policies of the portal's Access application (type mcp_portal).","$ref":"common.schema.json#/definitions/PolicyRefs"},"dns":{"description":"Manage the portal hostname's DNS record in this Cloudflare zone (without it, the plan only notes the record it needs).","$ref":"#/definitions/Dns"},"servers":{"description":"The servers this portal exposes, a set keyed by server (order does not matter).","type":"array","items":{"$ref":"#/definitions/ServerMapping"},"default":[]}}};
const schema61 = {"type":"object","additionalProperties":false,"required":["zoneId"],"description":"The Cloudflare zone that holds the portal's hostname. Given it, plan and apply manage the proxied CNAME <hostname> -> gateway.agents.cloudflare.com the portal needs (a record whose comment is mcp-portals:<owner>); a record for the hostname made by anyone else is never overwritten.","properties":{"zoneId":{"description":"The zone's id (32 hex digits), as in the zone's Overview page.","type":"string","pattern":"^[0-9a-f]{32}$","examples":["023e105f4ecef8ad9ca31a8372d0c353"]}}};
const pattern38 = new RegExp("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
const pattern40 = new RegExp("^[0-9a-f]{32}$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern2.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/pattern",keyword:"pattern",params:{pattern: "^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"},message:"must match pattern \""+"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$"+"\"",schema:"^(?!\\s)[^\\u0000-\\u001f]*(?<!\\s)$",parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/PolicyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

const schema62 = {"type":"object","additionalProperties":false,"required":["server"],"properties":{"server":{"description":"The name of an McpServer manifest.","$ref":"common.schema.json#/definitions/ObjectId"},"requireUserAuth":{"description":"Each user authorizes the upstream themselves (API on_behalf). false: the portal uses the server's credential; service tokens reach only such servers.","type":"boolean","default":true},"defaultDisabled":{"description":"Hide all of this server's tools, prompts and resources in this portal unless an override or resource rule enables them (an allowlist).","type":"boolean","default":false},"tools":{"description":"Portal-level tool overrides (they win over the server's).","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"prompts":{"description":"Portal-level prompt overrides.","$ref":"common.schema.json#/definitions/CapabilityOverrides"},"resources":{"description":"Which of this server's resources and resource templates the portal exposes: an ordered list of rules, the first whose uri matches decides; a resource no rule matches is exposed unless defaultDisabled. An extension of Cloudflare's API (it has no resources): plan refuses it against a target that does not announce the extension. Portal-level only (no McpServer rules): resources are a portal feature here, and Cloudflare's server object has no place for them.","type":"array","items":{"$ref":"#/definitions/ResourceRule"},"default":[],"examples":[[{"uri":"docs://guides/*"},{"uri":"docs://internal/*","enabled":false}]]}}};
const schema65 = {"description":"One rule on a server's resources, matched against the upstream's own URI (or URI template, as written), before the portal's namespacing.","type":"object","additionalProperties":false,"required":["uri"],"properties":{"uri":{"description":"An upstream resource URI or URI template, exactly; or a pattern where * stands for any run of characters (docs://guides/*, *.md, *). Each uri at most once per server.","type":"string","minLength":1,"maxLength":2048,"pattern":"^\\S+$","examples":["docs://guides/*","file:///logs/{date}.log"]},"enabled":{"description":"Whether clients see and can read the matching resources.","type":"boolean","default":true}}};
const pattern42 = new RegExp("^\\S+$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.server === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "server") || (key0 === "requireUserAuth")) || (key0 === "defaultDisabled")) || (key0 === "tools")) || (key0 === "prompts")) || (key0 === "resources"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.server !== undefined){
let data0 = data.server;
if(typeof data0 === "string"){
if(func2(data0) > 32){
const err2 = {instancePath:instancePath+"/server",schemaPath:"common.schema.json#/definitions/ObjectId/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/server",schemaPath:"common.schema.json#/definitions/ObjectId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern27.test(data0)){
const err4 = {instancePath:instancePath+"/server",schemaPath:"common.schema.json#/definitions/ObjectId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/server",schemaPath:"common.schema.json#/definitions/ObjectId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.requireUserAuth !== undefined){
let data1 = data.requireUserAuth;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/requireUserAuth",schemaPath:"#/properties/requireUserAuth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.requireUserAuth.type,parentSchema:schema62.properties.requireUserAuth,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.defaultDisabled !== undefined){
let data2 = data.defaultDisabled;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/defaultDisabled",schemaPath:"#/properties/defaultDisabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.defaultDisabled.type,parentSchema:schema62.properties.defaultDisabled,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.tools !== undefined){
if(!(validate47(data.tools, {instancePath:instancePath+"/tools",parentData:data,parentDataProperty:"tools",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.prompts !== undefined){
if(!(validate47(data.prompts, {instancePath:instancePath+"/prompts",parentData:data,parentDataProperty:"prompts",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.resources !== undefined){
let data5 = data.resources;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.uri === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/definitions/ResourceRule/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema65.required,parentSchema:schema65,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "uri") || (key1 === "enabled"))){
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/definitions/ResourceRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.uri !== undefined){
let data7 = data6.uri;
if(typeof data7 === "string"){
if(func2(data7) > 2048){
const err10 = {instancePath:instancePath+"/resources/" + i0+"/uri",schemaPath:"#/definitions/ResourceRule/properties/uri/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema65.properties.uri,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data7) < 1){
const err11 = {instancePath:instancePath+"/resources/" + i0+"/uri",schemaPath:"#/definitions/ResourceRule/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.uri,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern42.test(data7)){
const err12 = {instancePath:instancePath+"/resources/" + i0+"/uri",schemaPath:"#/definitions/ResourceRule/properties/uri/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema65.properties.uri,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/resources/" + i0+"/uri",schemaPath:"#/definitions/ResourceRule/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.uri.type,parentSchema:schema65.properties.uri,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.enabled !== undefined){
let data8 = data6.enabled;
if(typeof data8 !== "boolean"){
const err14 = {instancePath:instancePath+"/resources/" + i0+"/enabled",schemaPath:"#/definitions/ResourceRule/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.enabled.type,parentSchema:schema65.properties.enabled,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/definitions/ResourceRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.resources.type,parentSchema:schema62.properties.resources,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostname === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "displayName") || (key0 === "hostname")) || (key0 === "description")) || (key0 === "codeMode")) || (key0 === "secureWebGateway")) || (key0 === "policies")) || (key0 === "dns")) || (key0 === "servers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.displayName !== undefined){
let data0 = data.displayName;
if(typeof data0 === "string"){
if(func2(data0) > 350){
const err2 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/maxLength",keyword:"maxLength",params:{limit: 350},message:"must NOT have more than 350 characters",schema:350,parentSchema:schema58.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.displayName.type,parentSchema:schema58.properties.displayName,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.hostname !== undefined){
let data1 = data.hostname;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err5 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema58.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern38.test(data1)){
const err6 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema58.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.hostname.type,parentSchema:schema58.properties.hostname,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 512){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema58.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.description.type,parentSchema:schema58.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.codeMode !== undefined){
let data3 = data.codeMode;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/codeMode",schemaPath:"#/properties/codeMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.codeMode.type,parentSchema:schema58.properties.codeMode,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data3 === "off") || (data3 === "opt_in")) || (data3 === "default_on")) || (data3 === "enforced"))){
const err11 = {instancePath:instancePath+"/codeMode",schemaPath:"#/properties/codeMode/enum",keyword:"enum",params:{allowedValues: schema58.properties.codeMode.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.codeMode.enum,parentSchema:schema58.properties.codeMode,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.secureWebGateway !== undefined){
let data4 = data.secureWebGateway;
if(typeof data4 !== "boolean"){
const err12 = {instancePath:instancePath+"/secureWebGateway",schemaPath:"#/properties/secureWebGateway/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.secureWebGateway.type,parentSchema:schema58.properties.secureWebGateway,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.policies !== undefined){
if(!(validate44(data.policies, {instancePath:instancePath+"/policies",parentData:data,parentDataProperty:"policies",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.dns !== undefined){
let data6 = data.dns;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.zoneId === undefined){
const err13 = {instancePath:instancePath+"/dns",schemaPath:"#/definitions/Dns/required",keyword:"required",params:{missingProperty: "zoneId"},message:"must have required property '"+"zoneId"+"'",schema:schema61.required,parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "zoneId")){
const err14 = {instancePath:instancePath+"/dns",schemaPath:"#/definitions/Dns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.zoneId !== undefined){
let data7 = data6.zoneId;
if(typeof data7 === "string"){
if(!pattern40.test(data7)){
const err15 = {instancePath:instancePath+"/dns/zoneId",schemaPath:"#/definitions/Dns/properties/zoneId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\"",schema:"^[0-9a-f]{32}$",parentSchema:schema61.properties.zoneId,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/dns/zoneId",schemaPath:"#/definitions/Dns/properties/zoneId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.zoneId.type,parentSchema:schema61.properties.zoneId,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/dns",schemaPath:"#/definitions/Dns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.servers !== undefined){
let data8 = data.servers;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate46(data8[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.servers.type,parentSchema:schema58.properties.servers,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("mcpportal/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"common.schema.json#/definitions/ApiVersion/const",keyword:"const",params:{allowedValue: "mcpportal/v1"},message:"must be equal to constant",schema:"mcpportal/v1",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.kind.type,parentSchema:schema52.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("McpPortal" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "McpPortal"},message:"must be equal to constant",schema:"McpPortal",parentSchema:schema52.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(!(validate41(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern27.test(data3)){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"common.schema.json#/definitions/ObjectId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data.spec !== undefined){
if(!(validate43(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

/** The precompiled validators by schema reference (`file` or `file#/definitions/Name`). */
export const precompiled: Readonly<Record<string, PrecompiledValidator>> = {
  "access-group.schema.json": v0,
  "access-policy.schema.json": v1,
  "mcp-server.schema.json": v2,
  "mcp-portal.schema.json": v3,
};
