<%-- A repeating path field: Sling CMS's repeating field with its path picker's inputs, so that each row completes
     paths (type and base from the field's "type" and "basePath"). Rows added by the CMS's script are copies of the
     hidden template; the picker's script binds to inputs as they appear. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<fmt:message key="${properties.label}" var="swkRowLabel" />
<div class="repeating">
    <fieldset disabled="disabled" class="repeating__template is-hidden">
        <div class="repeating__item field has-addons">
            <div class="control is-expanded">
                <input type="text" value="" class="input pathfield" name="${sling:encode(properties.name,'HTML_ATTR')}" aria-label="${sling:encode(swkRowLabel,'HTML_ATTR')}" data-type="${sling:encode(properties.type,'HTML_ATTR')}" data-base="${sling:encode(properties.basePath,'HTML_ATTR')}" autocomplete="off" />
            </div>
            <div class="control">
                <button type="button" class="repeating__remove button"><span class="jam jam-minus"><span class="is-sr-only"><fmt:message key="Remove" /></span></span></button>
            </div>
        </div>
    </fieldset>
    <div class="repeating__container">
        <c:forEach var="swkPath" items="${value}">
            <div class="repeating__item field has-addons">
                <div class="control is-expanded">
                    <input type="text" value="${sling:encode(swkPath,'HTML_ATTR')}" class="input pathfield" name="${sling:encode(properties.name,'HTML_ATTR')}" aria-label="${sling:encode(swkRowLabel,'HTML_ATTR')}" data-type="${sling:encode(properties.type,'HTML_ATTR')}" data-base="${sling:encode(properties.basePath,'HTML_ATTR')}" autocomplete="off" />
                </div>
                <div class="control">
                    <button type="button" class="repeating__remove button"><span class="jam jam-minus"><span class="is-sr-only"><fmt:message key="Remove" /></span></span></button>
                </div>
            </div>
        </c:forEach>
    </div>
    <fmt:message key="Add" var="swkAdd" />
    <button type="button" class="repeating__add button" aria-label="${sling:encode(swkAdd,'HTML_ATTR')}"><span class="jam jam-plus"></span></button>
</div>
